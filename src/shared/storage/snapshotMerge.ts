/**
 * Deterministic merge of two snapshots: per key, the newest stamp wins, whether it is a record or a
 * tombstone. Ties (two devices stamping within the same second with equal counters) are broken the
 * same way on every device: a tombstone beats a record, then the larger serialized value wins.
 */
import type { ContactProfile, FollowUp } from '../domain/types';
import type { RecordKind, Snapshot, Stamped, Tombstone } from './snapshot';
import { tombstoneKey } from './snapshot';

type Candidate<T> = { kind: 'record'; entry: Stamped<T> } | { kind: 'tombstone'; entry: Tombstone };

function better<T>(a: Candidate<T>, b: Candidate<T>): Candidate<T> {
  if (a.entry.stamp !== b.entry.stamp) return a.entry.stamp > b.entry.stamp ? a : b;
  if (a.kind !== b.kind) return a.kind === 'tombstone' ? a : b;
  if (a.kind === 'tombstone') return a;
  const left = JSON.stringify(a.entry.value);
  const right = JSON.stringify((b.entry as Stamped<T>).value);
  return left >= right ? a : b;
}

function mergeKind<T>(
  kind: RecordKind,
  left: ReadonlyMap<string, Stamped<T>>,
  right: ReadonlyMap<string, Stamped<T>>,
  stones: ReadonlyMap<string, Tombstone>[],
  records: Map<string, Stamped<T>>,
  tombstones: Map<string, Tombstone>,
): void {
  const keys = new Set([...left.keys(), ...right.keys()]);
  // No flatMap: the commands bundle keeps to the ES2017 library.
  for (const map of stones) for (const stone of map.values()) if (stone.kind === kind) keys.add(stone.key);
  for (const key of keys) {
    const candidates: Candidate<T>[] = [];
    for (const map of [left, right]) {
      const entry = map.get(key);
      if (entry) candidates.push({ kind: 'record', entry });
    }
    for (const map of stones) {
      const entry = map.get(tombstoneKey(kind, key));
      if (entry) candidates.push({ kind: 'tombstone', entry });
    }
    const winner = candidates.reduce(better);
    if (winner.kind === 'record') records.set(key, winner.entry);
    else tombstones.set(tombstoneKey(kind, key), winner.entry);
  }
}

/** Merges two snapshots; the result does not depend on the argument order. */
export function snapshotMerge(a: Snapshot, b: Snapshot): Snapshot {
  const tombstones = new Map<string, Tombstone>();
  const followUps = new Map<string, Stamped<FollowUp>>();
  const profiles = new Map<string, Stamped<ContactProfile>>();
  mergeKind('followUp', a.followUps, b.followUps, [a.tombstones, b.tombstones], followUps, tombstones);
  mergeKind('profile', a.profiles, b.profiles, [a.tombstones, b.tombstones], profiles, tombstones);
  let settings = a.settings ?? b.settings;
  if (a.settings && b.settings && a.settings.stamp !== b.settings.stamp) {
    settings = a.settings.stamp > b.settings.stamp ? a.settings : b.settings;
  } else if (a.settings && b.settings) {
    settings = JSON.stringify(a.settings.value) >= JSON.stringify(b.settings.value) ? a.settings : b.settings;
  }
  return { followUps, profiles, settings, tombstones };
}
