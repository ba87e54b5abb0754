/**
 * The roaming settings format, version 1. One value per section, each a string
 * `R` + version + packing + (`~` + record)*, records framed by recordFrame (CRC-24 each):
 *
 *   rp   header record, then the shared strings (each record carries its own index)
 *   rpf  follow-ups        rpc  contact profiles      rps  settings      rpd  tombstones
 *
 * Decoding never throws: a damaged record is skipped and counted, records that point at a damaged
 * shared string are skipped and counted, and everything intact is kept.
 */
import type { ContactProfile, FollowUp, Settings } from '../domain/types';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { BitReader, BitsError, BitWriter } from './bits';
import { EncodeError } from './fieldBits';
import { followUpRead, followUpWrite } from './followUpBits';
import { profileRead, profileWrite } from './profileBits';
import { MAX_PAD_BITS, recordFrame, recordUnframe } from './recordFrame';
import { settingsRead, settingsWrite } from './settingsBits';
import type { RecordKind, Snapshot, Stamped, Tombstone } from './snapshot';
import { tombstoneKey } from './snapshot';
import { stampRead, stampWrite } from './stamp';
import { MissingStringError, StringTableIn, StringTableOut } from './stringRefs';
import { textRead, textWrite } from './textBits';
import type { Packing, PackingId } from './textPacking';
import { packingById, PACKINGS } from './textPacking';

export const FORMAT_VERSION = 1;

export const ROAMING_KEYS = {
  header: 'rp',
  followUps: 'rpf',
  profiles: 'rpc',
  settings: 'rps',
  tombstones: 'rpd',
} as const;

export type Section = keyof typeof ROAMING_KEYS;
export const SECTIONS = Object.keys(ROAMING_KEYS) as Section[];
const SECTION_CODE: Record<Section, number> = {
  header: 1,
  followUps: 2,
  profiles: 3,
  settings: 4,
  tombstones: 5,
};
const SEPARATOR = '~';

/** The values to store, by roaming key (sections with nothing in them are absent). */
export type RoamingValues = Readonly<Record<string, string>>;

export interface Loss {
  readonly section: Section | 'blob';
  readonly count: number;
  readonly reason: string;
}

export type DecodeStatus = 'empty' | 'intact' | 'damaged' | 'notOurs' | 'newerVersion';

export interface DecodeReport {
  readonly status: DecodeStatus;
  readonly version: number | null;
  readonly packing: PackingId | null;
  readonly lost: readonly Loss[];
}

export interface Decoded {
  readonly snapshot: Snapshot;
  readonly report: DecodeReport;
}

function tagOf(section: Section, version: number): number {
  return SECTION_CODE[section] * 256 + version;
}

function versionChar(version: number): string {
  return version.toString(36);
}

function recordText(section: Section, packing: Packing, write: (w: BitWriter) => void): string {
  const w = new BitWriter();
  write(w);
  return recordFrame(w.bits, tagOf(section, FORMAT_VERSION), packing);
}

/** Section prefix: R, version, packing, and a check character so that one damaged character in the
 * prefix is seen as damage (never as another version or packing). */
export function sectionPrefix(version: number, packingId: PackingId): string {
  const check = PREFIX_CHECK[(version * 31 + (packingId === 'a' ? 0 : 7) + 11) % PREFIX_CHECK.length]!;
  return 'R' + versionChar(version) + packingId + check;
}
const PREFIX_CHECK =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<=>?@[]^_{|}'.slice(0, 91);

function sectionValue(packing: Packing, records: readonly string[]): string {
  return [sectionPrefix(FORMAT_VERSION, packing.id), ...records].join(SEPARATOR);
}

function byKey<T>(map: ReadonlyMap<string, T>): T[] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

/** The encoded record text of each section (before the string table is final, it is built here). */
export interface EncodedSections {
  readonly followUps: ReadonlyMap<string, string>;
  readonly profiles: ReadonlyMap<string, string>;
  readonly settings: string | null;
  readonly tombstones: ReadonlyMap<string, string>;
  /** String table records, and the strings they hold (same order). */
  readonly strings: readonly string[];
  readonly stringValues: readonly string[];
  readonly header: string;
}

/** Encodes every record of a snapshot (used for the blob and for per-record usage). */
export function sectionsEncode(snapshot: Snapshot, packing: Packing): Result<EncodedSections> {
  try {
    const strings = new StringTableOut();
    const profiles = new Map<string, string>();
    for (const entry of byKey(snapshot.profiles)) {
      profiles.set(
        entry.value.email,
        recordText('profiles', packing, (w) => {
          stampWrite(w, entry.stamp, `profile ${entry.value.email} stamp`);
          profileWrite(w, entry.value, strings);
        }),
      );
    }
    const followUps = new Map<string, string>();
    for (const entry of byKey(snapshot.followUps)) {
      followUps.set(
        entry.value.id,
        recordText('followUps', packing, (w) => {
          stampWrite(w, entry.stamp, `follow-up ${entry.value.id} stamp`);
          followUpWrite(w, entry.value, strings, false);
        }),
      );
    }
    const settings = snapshot.settings;
    const settingsText = settings
      ? recordText('settings', packing, (w) => {
          stampWrite(w, settings.stamp, 'settings stamp');
          settingsWrite(w, settings.value);
        })
      : null;
    const tombstones = new Map<string, string>();
    for (const [key, stone] of [...snapshot.tombstones.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      tombstones.set(
        key,
        recordText('tombstones', packing, (w) => {
          stampWrite(w, stone.stamp, `deletion of ${stone.key} stamp`);
          w.bool(stone.kind === 'profile');
          textWrite(w, stone.key);
        }),
      );
    }
    const header = recordText('header', packing, (w) => w.bool(false).varuint(strings.strings.length, 6));
    const stringRecords = strings.strings.map((text, index) =>
      recordText('header', packing, (w) => {
        w.bool(true).varuint(index, 6);
        textWrite(w, text);
      }),
    );
    return ok({
      followUps,
      profiles,
      settings: settingsText,
      tombstones,
      strings: stringRecords,
      stringValues: strings.strings,
      header,
    });
  } catch (error: unknown) {
    if (error instanceof EncodeError || error instanceof BitsError) return fail(error.message);
    throw error;
  }
}

/** The roaming values of encoded sections. */
export function sectionsValues(sections: EncodedSections, packing: Packing): RoamingValues {
  const values: Record<string, string> = {};
  const put = (section: Section, records: readonly string[]): void => {
    if (records.length > 0) values[ROAMING_KEYS[section]] = sectionValue(packing, records);
  };
  put('header', [sections.header, ...sections.strings]);
  put('followUps', [...sections.followUps.values()]);
  put('profiles', [...sections.profiles.values()]);
  put('settings', sections.settings === null ? [] : [sections.settings]);
  put('tombstones', [...sections.tombstones.values()]);
  return values;
}

/** Encodes a snapshot with one packing. Fails with a message naming the field it cannot store. */
export function roamingEncode(snapshot: Snapshot, packingId: PackingId): Result<RoamingValues> {
  const packing = PACKINGS[packingId];
  const sections = sectionsEncode(snapshot, packing);
  return sections.ok ? ok(sectionsValues(sections.value, packing)) : sections;
}

interface SectionText {
  /** Null when the section prefix is damaged: records are tried with the blob's version and every packing. */
  readonly version: number | null;
  readonly packing: Packing | null;
  readonly records: readonly string[];
}

type SectionParse = { kind: 'absent' } | { kind: 'notOurs' } | ({ kind: 'ours' } & SectionText);

function sectionParse(value: unknown): SectionParse {
  if (value === undefined || value === null) return { kind: 'absent' };
  if (typeof value !== 'string') return { kind: 'notOurs' };
  const parts = value.split(SEPARATOR);
  const head = parts[0]!;
  const version = parseInt(head[1] ?? '', 36);
  const packing = packingById(head[2] ?? '');
  if (head.length === 4 && !Number.isNaN(version) && packing && head === sectionPrefix(version, packing.id)) {
    return { kind: 'ours', version, packing, records: parts.slice(1) };
  }
  if (head[0] !== 'R' && parts.length < 2) return { kind: 'notOurs' };
  return { kind: 'ours', version: null, packing: null, records: parts.slice(1) };
}

interface Accumulator {
  readonly lost: Loss[];
  readonly followUps: Map<string, Stamped<FollowUp>>;
  readonly profiles: Map<string, Stamped<ContactProfile>>;
  settings: Stamped<Settings> | null;
  readonly tombstones: Map<string, Tombstone>;
}

function keepNewer<T extends { stamp: number }>(map: Map<string, T>, key: string, entry: T): void {
  const existing = map.get(key);
  if (!existing || existing.stamp < entry.stamp) map.set(key, entry);
}

function recordsRead(
  section: Section,
  text: SectionText,
  version: number,
  acc: Accumulator,
  read: (r: BitReader) => void,
): void {
  let damaged = 0;
  let orphaned = 0;
  const packings = text.packing ? [text.packing] : [PACKINGS.a, PACKINGS.d];
  for (const record of text.records) {
    let bits: number[] | null = null;
    for (const packing of packings) bits ??= recordUnframe(record, tagOf(section, version), packing);
    if (!bits) {
      damaged += 1;
      continue;
    }
    try {
      const r = new BitReader(bits);
      read(r);
      r.end(MAX_PAD_BITS);
    } catch (error: unknown) {
      if (error instanceof MissingStringError) orphaned += 1;
      else damaged += 1;
    }
  }
  if (!text.packing)
    acc.lost.push({ section, count: 0, reason: 'section prefix damaged (records checked one by one)' });
  if (damaged > 0) acc.lost.push({ section, count: damaged, reason: 'damaged (checksum or structure)' });
  if (orphaned > 0) acc.lost.push({ section, count: orphaned, reason: 'refers to a damaged shared string' });
}

/** Decodes version-1 sections (all parsed as ours, same version). */
function decodeV1(texts: Partial<Record<Section, SectionText>>, acc: Accumulator): void {
  const version = 1;
  const strings = new Map<number, string>();
  const header = texts.header;
  if (header) {
    recordsRead('header', header, version, acc, (r) => {
      if (!r.bool()) {
        r.varuint(6); // the string count: informative
        return;
      }
      const index = r.varuint(6);
      strings.set(index, textRead(r));
    });
  }
  const table = new StringTableIn(strings);
  if (texts.profiles) {
    recordsRead('profiles', texts.profiles, version, acc, (r) => {
      const stamp = stampRead(r);
      const value = profileRead(r, table);
      keepNewer(acc.profiles, value.email, { value, stamp });
    });
  }
  if (texts.followUps) {
    recordsRead('followUps', texts.followUps, version, acc, (r) => {
      const stamp = stampRead(r);
      const value = followUpRead(r, table);
      keepNewer(acc.followUps, value.id, { value, stamp });
    });
  }
  if (texts.settings) {
    recordsRead('settings', texts.settings, version, acc, (r) => {
      const stamp = stampRead(r);
      const value = settingsRead(r);
      if (!acc.settings || acc.settings.stamp < stamp) acc.settings = { value, stamp };
    });
  }
  if (texts.tombstones) {
    recordsRead('tombstones', texts.tombstones, version, acc, (r) => {
      const stamp = stampRead(r);
      const kind: RecordKind = r.bool() ? 'profile' : 'followUp';
      const key = textRead(r);
      keepNewer(acc.tombstones, tombstoneKey(kind, key), { kind, key, stamp });
    });
  }
}

/**
 * Decoders of every format version this build reads, by version. A new format version adds its
 * decoder here and keeps the older ones: decoding an older blob IS its migration (it yields today's
 * domain records; the next save writes them in the current format). Version 1 is the first shipped.
 */
export type FormatDecoder = (texts: Partial<Record<Section, SectionText>>, acc: Accumulator) => void;
export const FORMAT_DECODERS: Readonly<Record<number, FormatDecoder>> = { 1: decodeV1 };

export type { Accumulator, SectionText };

/** Decodes roaming values (as Office returned them: anything). Never throws. */
export function roamingDecode(
  raw: Readonly<Record<string, unknown>>,
  decoders: Readonly<Record<number, FormatDecoder>> = FORMAT_DECODERS,
): Decoded {
  const acc: Accumulator = {
    lost: [],
    followUps: new Map(),
    profiles: new Map(),
    settings: null,
    tombstones: new Map(),
  };
  const texts: Partial<Record<Section, SectionText>> = {};
  let notOurs = 0;
  let present = 0;
  for (const section of SECTIONS) {
    const parsed = sectionParse(raw[ROAMING_KEYS[section]]);
    if (parsed.kind === 'absent') continue;
    present += 1;
    if (parsed.kind === 'notOurs') {
      notOurs += 1;
      acc.lost.push({ section, count: 1, reason: 'not in a ReachPlan format' });
    } else texts[section] = parsed;
  }
  // ES2017 library only (the commands bundle runs in classic Outlook's JavaScript-only runtime): no flatMap.
  const versions = [
    ...new Set(
      Object.values(texts)
        .map((t) => t.version)
        .filter((v): v is number => v !== null),
    ),
  ];
  const version = texts.header?.version ?? versions[0] ?? (present > notOurs ? FORMAT_VERSION : null);
  const packing = (texts.header?.packing ?? Object.values(texts).find((t) => t.packing)?.packing)?.id ?? null;
  const newest = Math.max(0, ...versions);
  const known = Math.max(...Object.keys(decoders).map(Number));
  const empty = { followUps: new Map(), profiles: new Map(), settings: null, tombstones: new Map() };
  if (newest > known) {
    return {
      snapshot: empty,
      report: {
        status: 'newerVersion',
        version: newest,
        packing,
        lost: [
          { section: 'blob', count: present, reason: `written by a newer ReachPlan (format ${newest})` },
        ],
      },
    };
  }
  const decode = version === null ? undefined : decoders[version];
  if (version !== null && !decode) {
    acc.lost.push({ section: 'blob', count: present, reason: `unknown format ${version}` });
  } else if (decode) {
    const same: Partial<Record<Section, SectionText>> = {};
    for (const section of SECTIONS) {
      const text = texts[section];
      if (!text) continue;
      if (text.version === null || text.version === version) same[section] = text;
      else
        acc.lost.push({
          section,
          count: text.records.length,
          reason: `format ${text.version} mixed with ${version}`,
        });
    }
    decode(same, acc);
  }
  const status: DecodeStatus =
    present === 0 ? 'empty' : notOurs === present ? 'notOurs' : acc.lost.length > 0 ? 'damaged' : 'intact';
  return {
    snapshot: {
      followUps: acc.followUps,
      profiles: acc.profiles,
      settings: acc.settings,
      tombstones: acc.tombstones,
    },
    report: { status, version, packing, lost: acc.lost },
  };
}
