import fc from 'fast-check';
import type { FormatDecoder } from '../../../../src/shared/storage/roamingCodec';
import {
  FORMAT_DECODERS,
  ROAMING_KEYS,
  roamingDecode,
  roamingEncode,
  sectionPrefix,
  sectionsEncode,
} from '../../../../src/shared/storage/roamingCodec';
import { ROAMING_QUOTA, roamingCharacters } from '../../../../src/shared/storage/roamingSize';
import type { Snapshot } from '../../../../src/shared/storage/snapshot';
import { PACKINGS } from '../../../../src/shared/storage/textPacking';
import { SUBJECT_MAX } from '../../../../src/shared/storage/roamingForm';
import { snapshotArb } from '../../../fixtures/storageArbitraries';
import { sampleFollowUp, sampleProfiles, SAMPLE_SETTINGS } from '../../../fixtures/storageSamples';

function sampleSnapshot(followUps: number, profiles: number): Snapshot {
  const people = sampleProfiles(Math.max(profiles, 1));
  const list = Array.from({ length: followUps }, (_, i) => sampleFollowUp(i, people));
  return {
    followUps: new Map(list.map((f, i) => [f.id, { value: f, stamp: 1_000_000 + i }])),
    profiles: new Map(people.slice(0, profiles).map((p, i) => [p.email, { value: p, stamp: 2_000_000 + i }])),
    settings: { value: SAMPLE_SETTINGS, stamp: 3 },
    tombstones: new Map([['f:gone', { kind: 'followUp', key: 'gone', stamp: 4 }]]),
  };
}

function encoded(snapshot: Snapshot, packing: 'a' | 'd'): Record<string, string> {
  const values = roamingEncode(snapshot, packing);
  if (!values.ok) throw new Error(values.reason);
  return { ...values.value };
}

describe('roaming codec', () => {
  it.each(['a', 'd'] as const)('round-trips the sample data with packing %s', (packing) => {
    const snapshot = sampleSnapshot(20, 10);
    const decoded = roamingDecode(encoded(snapshot, packing));
    expect(decoded.report).toEqual({ status: 'intact', version: 1, packing, lost: [] });
    expect(decoded.snapshot).toEqual(snapshot);
  });

  it('uses only characters that cost one each in the roaming accounting', () => {
    for (const packing of ['a', 'd'] as const) {
      const values = encoded(sampleSnapshot(30, 10), packing);
      for (const value of Object.values(values)) {
        // "\"…\"": the value's own characters plus 6 for the quotes, nothing escaped inside.
        expect(JSON.stringify(JSON.stringify(value)).length).toBe(value.length + 6);
        expect(value.startsWith('Date(')).toBe(false); // Office revives such strings as dates
      }
    }
  });

  it('meets the capacity target: 300 follow-ups (48-character subjects, SUBJECT_MAX) and 200 profiles in 32 KB', () => {
    const people = sampleProfiles(200);
    const list = Array.from({ length: 300 }, (_, i) => sampleFollowUp(i, people, SUBJECT_MAX));
    const snapshot = {
      ...sampleSnapshot(0, 200),
      followUps: new Map(list.map((f, i) => [f.id, { value: f, stamp: i }])),
    };
    const values = encoded(snapshot, 'd');
    expect(roamingCharacters(values)).toBeLessThanOrEqual(ROAMING_QUOTA);
  });

  it('fits at least 8 times the follow-ups that naive JSON of the same data fits', () => {
    const people = sampleProfiles(200);
    const naiveFits = (n: number) =>
      roamingCharacters({ followUps: Array.from({ length: n }, (_, i) => sampleFollowUp(i, people)) }) <=
      ROAMING_QUOTA;
    const compactFits = (n: number) => {
      const snapshot = { ...sampleSnapshot(n, 0), settings: null, tombstones: new Map() };
      return roamingCharacters(encoded(snapshot, 'd')) <= ROAMING_QUOTA;
    };
    const most = (fits: (n: number) => boolean) => {
      let n = 0;
      while (fits(n + 1)) n += 1;
      return n;
    };
    const naive = most(naiveFits);
    expect(naive).toBeGreaterThan(0);
    expect(compactFits(naive * 8)).toBe(true);
  });

  it('property: decode(encode(x)) = x for any snapshot in canonical form, both packings', () => {
    fc.assert(
      fc.property(snapshotArb, fc.constantFrom('a' as const, 'd' as const), (snapshot, packing) => {
        const decoded = roamingDecode(encoded(snapshot, packing));
        expect(decoded.report.lost).toEqual([]);
        expect(decoded.snapshot).toEqual(snapshot);
      }),
      { numRuns: 150 },
    );
  });

  it('reports an empty store, and values that are not ours without throwing', () => {
    expect(roamingDecode({}).report.status).toBe('empty');
    const notOurs = roamingDecode({ rp: { theme: 'dark' }, rpf: 42 });
    expect(notOurs.report.status).toBe('notOurs');
    expect(notOurs.report.lost).toEqual([
      { section: 'header', count: 1, reason: 'not in a ReachPlan format' },
      { section: 'followUps', count: 1, reason: 'not in a ReachPlan format' },
    ]);
  });

  it('refuses a blob from a newer format version and decodes nothing from it', () => {
    const values = encoded(sampleSnapshot(3, 2), 'a');
    const newer = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, v.replace(/^R1a./, sectionPrefix(2, 'a'))]),
    );
    const decoded = roamingDecode(newer, { ...FORMAT_DECODERS });
    expect(decoded.report.status).toBe('newerVersion');
    expect(decoded.report.version).toBe(2);
    expect(decoded.snapshot.followUps.size).toBe(0);
  });

  it('decodes an older format with its own decoder (the migration path), mechanism tested with a test-only format 0', () => {
    const legacy: FormatDecoder = (texts, acc) => {
      // Format 0 (never shipped; defined here to exercise the registry): one follow-up subject per record.
      for (const record of texts.followUps?.records ?? []) {
        const f = sampleFollowUp(0, sampleProfiles(1));
        acc.followUps.set(record, { value: { ...f, id: record }, stamp: 1 });
      }
    };
    const decoded = roamingDecode(
      { rpf: `${sectionPrefix(0, 'a')}~abc~def` },
      { 0: legacy, ...FORMAT_DECODERS },
    );
    expect(decoded.report.status).toBe('intact');
    expect([...decoded.snapshot.followUps.keys()]).toEqual(['abc', 'def']);
    expect(roamingDecode({ rpf: `${sectionPrefix(0, 'a')}~abc` }).report.lost).toEqual([
      { section: 'blob', count: 1, reason: 'unknown format 0' },
    ]);
  });

  it('keeps every intact record when one record is damaged, and says what was lost', () => {
    const snapshot = sampleSnapshot(5, 3);
    const values = encoded(snapshot, 'd');
    const records = values[ROAMING_KEYS.followUps]!.split('~');
    const victim = records[2]!;
    records[2] = victim.slice(0, 3) + String.fromCharCode(victim.charCodeAt(3) ^ 1) + victim.slice(4);
    values[ROAMING_KEYS.followUps] = records.join('~');
    const decoded = roamingDecode(values);
    expect(decoded.report.status).toBe('damaged');
    expect(decoded.report.lost).toEqual([
      { section: 'followUps', count: 1, reason: 'damaged (checksum or structure)' },
    ]);
    expect(decoded.snapshot.followUps.size).toBe(4);
    for (const [id, entry] of decoded.snapshot.followUps) expect(entry).toEqual(snapshot.followUps.get(id));
    expect(decoded.snapshot.profiles).toEqual(snapshot.profiles);
  });

  it('detects every single-character change of a record (CRC-24 catches all bursts up to 24 bits)', () => {
    const snapshot = sampleSnapshot(1, 1);
    for (const packing of ['a', 'd'] as const) {
      const values = encoded(snapshot, packing);
      const value = values[ROAMING_KEYS.followUps]!;
      const alphabet = packing === 'a' ? ['!', '}', 'Q', '0'] : ['\u4e00', '\u8dff', '\u6000'];
      for (let at = 5; at < value.length; at += 1) {
        for (const c of alphabet) {
          if (value[at] === c) continue;
          const damaged = {
            ...values,
            [ROAMING_KEYS.followUps]: value.slice(0, at) + c + value.slice(at + 1),
          };
          expect(roamingDecode(damaged).snapshot.followUps.size).toBe(0);
        }
      }
    }
  });

  it('loses the records that point at a damaged shared string, and says why', () => {
    const snapshot = sampleSnapshot(2, 2);
    const values = encoded(snapshot, 'a');
    const strings = values[ROAMING_KEYS.header]!.split('~');
    strings[2] = `${strings[2]}x`; // the first string (after prefix and header record): a profile's email
    const decoded = roamingDecode({ ...values, [ROAMING_KEYS.header]: strings.join('~') });
    expect(decoded.report.lost).toEqual(
      expect.arrayContaining([
        { section: 'header', count: 1, reason: 'damaged (checksum or structure)' },
        { section: 'profiles', count: 1, reason: 'refers to a damaged shared string' },
      ]),
    );
    expect(decoded.snapshot.profiles.size).toBe(1);
  });

  it('keeps the complete records of a truncated section', () => {
    const snapshot = sampleSnapshot(6, 2);
    const values = encoded(snapshot, 'd');
    const followUps = values[ROAMING_KEYS.followUps]!;
    const cut = followUps.slice(0, followUps.lastIndexOf('~') + 4);
    const decoded = roamingDecode({ ...values, [ROAMING_KEYS.followUps]: cut });
    expect(decoded.snapshot.followUps.size).toBe(5);
    expect(decoded.report.lost).toEqual([
      { section: 'followUps', count: 1, reason: 'damaged (checksum or structure)' },
    ]);
  });

  it('still reads the records of a section whose prefix is damaged', () => {
    const snapshot = sampleSnapshot(4, 2);
    const values = encoded(snapshot, 'd');
    const damaged = { ...values, [ROAMING_KEYS.followUps]: `R9d${values[ROAMING_KEYS.followUps]!.slice(3)}` };
    const decoded = roamingDecode(damaged);
    expect(decoded.report.status).toBe('damaged');
    expect(decoded.snapshot.followUps).toEqual(snapshot.followUps);
  });

  it('property: random character damage never throws and never loses an intact record', () => {
    const unit = fc.oneof(
      fc.constantFrom('~', '!', 'Q', '\u4e00', '\u7fff', 'R', '"', '\ud800'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(
        snapshotArb,
        fc.constantFrom('a' as const, 'd' as const),
        fc.array(fc.tuple(fc.nat(), fc.nat(), unit), { minLength: 1, maxLength: 4 }),
        (snapshot, packing, damage) => {
          const sections = sectionsEncode(snapshot, PACKINGS[packing]);
          if (!sections.ok) throw new Error(sections.reason);
          const values = encoded(snapshot, packing);
          const originals = { ...values };
          const keys = Object.keys(values);
          const hit = new Map<string, Set<number>>();
          for (const [k, at, c] of damage) {
            const key = keys[k % keys.length]!;
            const value = values[key]!;
            const position = at % value.length;
            values[key] = value.slice(0, position) + c + value.slice(position + 1);
            if (!hit.has(key)) hit.set(key, new Set());
            hit.get(key)!.add(position);
          }
          const decoded = roamingDecode(values);
          // A record is intact when none of its characters nor the separators around it were touched,
          // and the same holds for the shared strings it uses.
          const intact = (key: string, record: string): boolean => {
            const original = originals[key]!;
            const start = original.indexOf(`~${record}`);
            const positions = hit.get(key) ?? new Set<number>();
            for (const p of positions) if (p >= start && p <= start + record.length + 1) return false;
            return true;
          };
          const stringsIntact = (texts: readonly string[]) =>
            texts.every((text) => {
              const index = sections.value.stringValues.indexOf(text);
              return intact(ROAMING_KEYS.header, sections.value.strings[index]!);
            });
          for (const [id, record] of sections.value.followUps) {
            const f = snapshot.followUps.get(id)!;
            const uses = f.value.recipients.flatMap((r) => [r.email, r.name]);
            if (intact(ROAMING_KEYS.followUps, record) && stringsIntact(uses)) {
              expect(decoded.snapshot.followUps.get(id)).toEqual(f);
            }
          }
          for (const [email, record] of sections.value.profiles) {
            const p = snapshot.profiles.get(email)!;
            if (
              intact(ROAMING_KEYS.profiles, record) &&
              stringsIntact([p.value.email, p.value.displayName, p.value.timeZone])
            ) {
              expect(decoded.snapshot.profiles.get(email)).toEqual(p);
            }
          }
          // Nothing invented: whatever decoded is an original record.
          for (const [id, entry] of decoded.snapshot.followUps)
            expect(entry).toEqual(snapshot.followUps.get(id));
          for (const [email, entry] of decoded.snapshot.profiles)
            expect(entry).toEqual(snapshot.profiles.get(email));
        },
      ),
      { numRuns: 150 },
    );
  });
});
