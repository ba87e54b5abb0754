/**
 * What the store holds and the codec writes: every record with its update stamp, plus tombstones for
 * deletions. Maps are keyed by follow-up id, by profile email, and by tombstoneKey.
 */
import type { ContactProfile, FollowUp, Settings } from '../domain/types';
import type { Stamp } from './stamp';

export interface Stamped<T> {
  readonly value: T;
  readonly stamp: Stamp;
}

export type RecordKind = 'followUp' | 'profile';

/** A deletion, kept for a while so that a stale copy of the record cannot come back. */
export interface Tombstone {
  readonly kind: RecordKind;
  readonly key: string;
  readonly stamp: Stamp;
}

export interface Snapshot {
  readonly followUps: ReadonlyMap<string, Stamped<FollowUp>>;
  readonly profiles: ReadonlyMap<string, Stamped<ContactProfile>>;
  readonly settings: Stamped<Settings> | null;
  readonly tombstones: ReadonlyMap<string, Tombstone>;
}

export const EMPTY_SNAPSHOT: Snapshot = {
  followUps: new Map(),
  profiles: new Map(),
  settings: null,
  tombstones: new Map(),
};

/** The tombstones map key of a record. */
export function tombstoneKey(kind: RecordKind, key: string): string {
  return `${kind === 'followUp' ? 'f' : 'p'}:${key}`;
}

/** The highest stamp in a snapshot (a device observes it before stamping its own writes). */
export function snapshotMaxStamp(snapshot: Snapshot): Stamp {
  let max = snapshot.settings?.stamp ?? 0;
  for (const map of [snapshot.followUps, snapshot.profiles, snapshot.tombstones] as const) {
    for (const entry of map.values()) max = Math.max(max, entry.stamp);
  }
  return max;
}

/** Number of records of each kind. */
export function snapshotCounts(snapshot: Snapshot): {
  followUps: number;
  profiles: number;
  tombstones: number;
} {
  return {
    followUps: snapshot.followUps.size,
    profiles: snapshot.profiles.size,
    tombstones: snapshot.tombstones.size,
  };
}
