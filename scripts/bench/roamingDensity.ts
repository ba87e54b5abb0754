/**
 * Roaming density: how many follow-ups and profiles fit in the 32 KB roaming quota, characters per
 * follow-up and per profile, against naive JSON of the same data (deterministic generated data:
 * test/fixtures/storageSamples.ts). Sizes use Outlook's own count (roamingCharacters).
 */
import type { ContactProfile, FollowUp } from '../../src/shared/domain/types';
import { itemRecordEncode } from '../../src/shared/storage/itemRecord';
import { roamingDecode, roamingEncode } from '../../src/shared/storage/roamingCodec';
import { SUBJECT_MAX } from '../../src/shared/storage/roamingForm';
import { ROAMING_QUOTA, roamingCharacters } from '../../src/shared/storage/roamingSize';
import type { Snapshot } from '../../src/shared/storage/snapshot';
import { EMPTY_SNAPSHOT } from '../../src/shared/storage/snapshot';
import type { PackingId } from '../../src/shared/storage/textPacking';
import {
  SAMPLE_NOW,
  SAMPLE_SETTINGS,
  sampleFollowUp,
  sampleProfiles,
} from '../../test/fixtures/storageSamples';
import type { BenchRow, BenchSection, Measure } from './benchSection';

const PROFILES = sampleProfiles(200);

function followUps(count: number, history: number): FollowUp[] {
  return Array.from({ length: count }, (_, i) => ({
    ...sampleFollowUp(i, PROFILES, SUBJECT_MAX),
    history: Array.from({ length: history }, (_, h) => ({
      at: SAMPLE_NOW + h * 60_000,
      kind: h === 0 ? ('sent' as const) : ('planned' as const),
    })),
  }));
}

function snapshotOf(list: FollowUp[], profiles: ContactProfile[]): Snapshot {
  return {
    ...EMPTY_SNAPSHOT,
    followUps: new Map(list.map((f, i) => [f.id, { value: f, stamp: 1_000_000 + i }])),
    profiles: new Map(profiles.map((p, i) => [p.email, { value: p, stamp: 2_000_000 + i }])),
    settings: { value: SAMPLE_SETTINGS, stamp: 1 },
  };
}

function compact(snapshot: Snapshot, packing: PackingId): number {
  const values = roamingEncode(snapshot, packing);
  if (!values.ok) throw new Error(values.reason);
  return roamingCharacters(values.value);
}

/** Naive JSON: the domain objects as they are, one roaming key per kind. */
function naive(list: FollowUp[], profiles: ContactProfile[]): number {
  return roamingCharacters({ followUps: list, profiles, settings: SAMPLE_SETTINGS });
}

/** Largest n with size(n) ≤ quota (size grows with n). */
function most(size: (n: number) => number, limit = 5000): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (size(mid) <= ROAMING_QUOTA) low = mid;
    else high = mid - 1;
  }
  return low;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** The figures, computed (no timing inside except the encode/decode row). */
export function roamingDensityRows(): BenchRow[] {
  const all = followUps(2000, 0);
  const withHistory = followUps(2000, 2);
  const rows: BenchRow[] = [];
  const perFollowUp = (measureOf: (list: FollowUp[]) => number) =>
    (measureOf(all.slice(0, 300)) - measureOf([])) / 300;
  const perProfile = (measureOf: (profiles: ContactProfile[]) => number) =>
    (measureOf(PROFILES) - measureOf([])) / 200;

  for (const [label, size] of [
    ['dense', (s: Snapshot) => compact(s, 'd')],
    ['ascii', (s: Snapshot) => compact(s, 'a')],
  ] as const) {
    rows.push({
      metric: `characters per follow-up (${label}, subject ${SUBJECT_MAX}, 1 recipient, conversation key, 3 steps)`,
      value: round(perFollowUp((list) => size(snapshotOf(list, PROFILES)))),
      unit: 'chars',
    });
    rows.push({
      metric: `characters per contact profile (${label}, with its email, name and zone)`,
      value: round(perProfile((profiles) => size(snapshotOf([], profiles)))),
      unit: 'chars',
    });
  }
  rows.push({
    metric: 'characters per follow-up (naive JSON)',
    value: round(perFollowUp((list) => naive(list, PROFILES))),
    unit: 'chars',
  });
  rows.push({
    metric: 'characters per contact profile (naive JSON)',
    value: round(perProfile((profiles) => naive([], profiles))),
    unit: 'chars',
  });

  const alone = {
    naive: most((n) => naive(all.slice(0, n), [])),
    ascii: most((n) => compact(snapshotOf(all.slice(0, n), []), 'a')),
    dense: most((n) => compact(snapshotOf(all.slice(0, n), []), 'd')),
  };
  rows.push({ metric: 'follow-ups that fit alone (naive JSON)', value: alone.naive, unit: 'follow-ups' });
  rows.push({ metric: 'follow-ups that fit alone (ascii)', value: alone.ascii, unit: 'follow-ups' });
  rows.push({ metric: 'follow-ups that fit alone (dense)', value: alone.dense, unit: 'follow-ups' });
  rows.push({
    metric: 'dense vs naive JSON (follow-ups that fit)',
    value: round(alone.dense / alone.naive),
    unit: '×',
    note: 'target ≥ 8',
  });
  rows.push({
    metric: 'follow-ups that fit beside 200 profiles (dense)',
    value: most((n) => compact(snapshotOf(all.slice(0, n), PROFILES), 'd')),
    unit: 'follow-ups',
    note: 'target ≥ 300',
  });
  rows.push({
    metric: 'follow-ups with 2 history entries that fit beside 200 profiles (dense)',
    value: most((n) => compact(snapshotOf(withHistory.slice(0, n), PROFILES), 'd')),
    unit: 'follow-ups',
  });
  rows.push({
    metric: 'follow-ups that fit beside 200 profiles (naive JSON)',
    value: most((n) => naive(all.slice(0, n), PROFILES)),
    unit: 'follow-ups',
    note: '200 naive profiles alone exceed the quota',
  });
  const target = snapshotOf(all.slice(0, 300), PROFILES);
  rows.push({
    metric: '300 follow-ups + 200 profiles + settings (dense)',
    value: compact(target, 'd'),
    unit: `chars of ${ROAMING_QUOTA}`,
  });
  const item = itemRecordEncode(
    {
      ...all[0]!,
      conversationId: 'AAQkAGI2NGVhZTVlLTI1OGMtNDI4My1iZmE5LTA5OGJiZGEzMTc0NQAQAN3P0z2Iq3lKpDsg7LbTCtk=',
      internetMessageId: '<DB9PR06MB7658F0C1E0E3C2A7D46B1B1DA5A92@DB9PR06MB7658.eurprd06.prod.outlook.com>',
    },
    1,
  );
  rows.push({
    metric: 'item record (custom property) of one follow-up with its long ids',
    value: item.ok ? item.value.text.length : 'n/a',
    unit: 'chars of 2,491',
  });
  return rows;
}

export const measure: Measure = () => {
  const rows = roamingDensityRows();
  const target = snapshotOf(followUps(300, 0), PROFILES);
  const started = performance.now();
  const values = roamingEncode(target, 'd');
  if (values.ok) roamingDecode(values.value);
  rows.push({
    metric: 'encode + decode 300 follow-ups + 200 profiles (dense)',
    value: round(performance.now() - started, 0),
    unit: 'ms',
  });
  const section: BenchSection = { title: 'Roaming storage density', rows };
  return Promise.resolve(section);
};
