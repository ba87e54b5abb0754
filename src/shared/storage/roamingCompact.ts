/**
 * Fits a snapshot into the roaming quota, losing as little as possible, in this order:
 *
 * 1. always: tombstones older than the tombstone period, and finished follow-ups whose retention
 *    (Settings.retentionDays after they finished) is over;
 * 2. the ASCII packing if it fits, else the dense packing;
 * 3. under pressure: history of finished follow-ups (each keeps its last entry), then history of
 *    active follow-ups (same), then finished follow-ups still within retention, oldest first.
 *
 * Active follow-ups, profiles and settings are never removed: when they alone exceed the quota the
 * outcome says so (fits: false) and the caller refuses the write. Removed follow-ups keep their
 * record on the message (custom properties), so nothing removed here is gone for good.
 */
import type { FollowUp } from '../domain/types';
import type { Result } from '../result';
import { ok } from '../result';
import { followUpFinishedAt } from './followUpLifecycle';
import type { RoamingValues } from './roamingCodec';
import { roamingEncode, sectionsEncode } from './roamingCodec';
import { roamingCharacters } from './roamingSize';
import type { Snapshot, Stamped, Tombstone } from './snapshot';
import { stampInstant } from './stamp';
import type { PackingId } from './textPacking';
import { PACKINGS } from './textPacking';

const DAY_MS = 86_400_000;

export interface CompactionPolicy {
  readonly now: number;
  readonly retentionDays: number;
  readonly reengageAfterDays: number;
  /** Days a deletion's tombstone is kept (stale devices older than this can bring a record back). */
  readonly tombstoneDays: number;
  readonly quota: number;
}

export interface CompactionRemovals {
  /** Finished follow-ups past retention. */
  readonly expired: readonly string[];
  /** Finished follow-ups removed early to make room. */
  readonly early: readonly string[];
  readonly historyEntries: number;
  readonly tombstones: number;
}

export interface CompactionOutcome {
  readonly snapshot: Snapshot;
  readonly values: RoamingValues;
  readonly packing: PackingId;
  readonly characters: number;
  readonly fits: boolean;
  readonly removed: CompactionRemovals;
}

interface Encoded {
  readonly values: RoamingValues;
  readonly packing: PackingId;
  readonly characters: number;
}

function encodeBest(snapshot: Snapshot, quota: number): Result<Encoded> {
  let last: Encoded | null = null;
  for (const packing of ['a', 'd'] as const) {
    const values = roamingEncode(snapshot, packing);
    if (!values.ok) return values;
    last = { values: values.value, packing, characters: roamingCharacters(values.value) };
    if (last.characters <= quota) return ok(last);
  }
  return ok(last!);
}

/** Characters one follow-up's record takes in a section (separator included). */
export function followUpRecordLength(f: FollowUp, packing: PackingId = 'd'): number {
  const sections = sectionsEncode(
    {
      followUps: new Map([[f.id, { value: f, stamp: 0 }]]),
      profiles: new Map(),
      settings: null,
      tombstones: new Map(),
    },
    PACKINGS[packing],
  );
  return sections.ok ? (sections.value.followUps.get(f.id)?.length ?? 0) + 1 : 0;
}
const recordLength = (f: FollowUp): number => followUpRecordLength(f);

interface Action {
  readonly saving: number;
  apply(followUps: Map<string, Stamped<FollowUp>>, removed: MutableRemovals): void;
}

interface MutableRemovals {
  expired: string[];
  early: string[];
  historyEntries: number;
  tombstones: number;
}

function historyActions(entries: readonly Stamped<FollowUp>[]): Action[] {
  return entries
    .filter((entry) => entry.value.history.length > 1)
    .sort((a, b) => (a.value.history[0]?.at ?? 0) - (b.value.history[0]?.at ?? 0))
    .map((entry) => {
      const trimmed = { ...entry.value, history: entry.value.history.slice(-1) };
      return {
        saving: recordLength(entry.value) - recordLength(trimmed),
        apply(followUps, removed) {
          followUps.set(trimmed.id, { value: trimmed, stamp: entry.stamp });
          removed.historyEntries += entry.value.history.length - 1;
        },
      };
    });
}

/** Compacts `snapshot` for the quota (see the module comment for the order). */
export function roamingCompact(snapshot: Snapshot, policy: CompactionPolicy): Result<CompactionOutcome> {
  const removed: MutableRemovals = { expired: [], early: [], historyEntries: 0, tombstones: 0 };
  const tombstones = new Map<string, Tombstone>();
  for (const [key, stone] of snapshot.tombstones) {
    if (stampInstant(stone.stamp) + policy.tombstoneDays * DAY_MS < policy.now) removed.tombstones += 1;
    else tombstones.set(key, stone);
  }
  const followUps = new Map<string, Stamped<FollowUp>>();
  const finished: { entry: Stamped<FollowUp>; at: number }[] = [];
  for (const [id, entry] of snapshot.followUps) {
    const at = followUpFinishedAt(entry.value, policy.now, policy.reengageAfterDays);
    if (at !== null && at + policy.retentionDays * DAY_MS < policy.now) {
      removed.expired.push(id);
      continue;
    }
    followUps.set(id, entry);
    if (at !== null) finished.push({ entry, at });
  }
  const current = (): Snapshot => ({ ...snapshot, followUps: new Map(followUps), tombstones });
  let encoded = encodeBest(current(), policy.quota);
  if (!encoded.ok) return encoded;

  if (encoded.value.characters > policy.quota) {
    const finishedIds = new Set(finished.map((f) => f.entry.value.id));
    const actions: Action[] = [
      ...historyActions(finished.map((f) => f.entry)),
      ...historyActions([...followUps.values()].filter((entry) => !finishedIds.has(entry.value.id))),
      ...[...finished]
        .sort((a, b) => a.at - b.at)
        .map(({ entry }): Action => ({
          saving: recordLength(entry.value),
          apply(map, r) {
            map.delete(entry.value.id);
            r.early.push(entry.value.id);
          },
        })),
    ];
    let estimate = encoded.value.characters;
    for (const action of actions) {
      action.apply(followUps, removed);
      estimate -= action.saving;
      if (estimate > policy.quota) continue;
      encoded = encodeBest(current(), policy.quota);
      if (!encoded.ok) return encoded;
      if (encoded.value.characters <= policy.quota) break;
      estimate = encoded.value.characters;
    }
    encoded = encodeBest(current(), policy.quota);
    if (!encoded.ok) return encoded;
  }
  return ok({
    snapshot: current(),
    ...encoded.value,
    fits: encoded.value.characters <= policy.quota,
    removed,
  });
}
