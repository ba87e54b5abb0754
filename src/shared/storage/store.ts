/**
 * The store the task pane and the commands use: records in memory, roaming settings as the shared
 * copy, a journal of this device's unconfirmed writes, serialized saves. Created over ports; every
 * write is validated, stamped, compacted to fit the quota (or refused), journaled, then saved.
 *
 * Load once when the add-in starts (roaming settings are loaded once too); read with the accessors;
 * write with the upserts and deletes; show saveState(); subscribe() for changes.
 */
import type { ContactProfile, FollowUp, Settings } from '../domain/types';
import type { ClockPort, JournalPort, RoamingSettingsPort, TimerPort } from '../ports';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { followUpFinishedAt } from './followUpLifecycle';
import { idKey } from './idKey';
import type { ItemRecordEncoded } from './itemRecord';
import { itemRecordDecode, itemRecordEncode } from './itemRecord';
import { journalDecode, journalEmpty, journalEncode, journalPending } from './journal';
import type { DecodeReport, RoamingValues } from './roamingCodec';
import { ROAMING_KEYS, roamingDecode } from './roamingCodec';
import type { CompactionOutcome, CompactionRemovals } from './roamingCompact';
import { roamingCompact } from './roamingCompact';
import {
  followUpItemForm,
  followUpRoamingForm,
  profileRoamingForm,
  settingsRoamingForm,
} from './roamingForm';
import { ROAMING_QUOTA, roamingCharacters } from './roamingSize';
import type { Usage } from './roamingUsage';
import { roamingUsage } from './roamingUsage';
import type { SaveState } from './saveQueue';
import { SaveQueue } from './saveQueue';
import type { RecordKind, Snapshot, Stamped, Tombstone } from './snapshot';
import { EMPTY_SNAPSHOT, snapshotMaxStamp, tombstoneKey } from './snapshot';
import { snapshotMerge } from './snapshotMerge';
import type { Stamp } from './stamp';
import { stampInstant, stampNext } from './stamp';
import type { StoreError } from './storeError';
import { quotaError } from './storeError';
import { recoveryDecode, recoveryEncode, RECOVERY_KEY } from './recovery';
import { saveErrorDescribe, saveErrorRetryable, SaveRefused } from './saveErrors';

export interface StorePorts {
  readonly roaming: RoamingSettingsPort;
  readonly journal: JournalPort;
  readonly clock: ClockPort;
  readonly timers: TimerPort;
}

export interface StoreOptions {
  /** Settings used until the user saves their own. */
  readonly defaultSettings: Settings;
  readonly quota?: number;
  /** Days deletions are remembered (default 90). */
  readonly tombstoneDays?: number;
  readonly retryDelaysMs?: readonly number[];
}

export interface LoadReport {
  readonly roaming: DecodeReport;
  /** Writes of this device replayed from its journal (not seen back in roaming settings). */
  readonly replayed: {
    readonly followUps: number;
    readonly profiles: number;
    readonly tombstones: number;
    readonly settings: boolean;
  };
  readonly journal: 'available' | 'unavailable' | 'damaged';
  /** A raw copy of damaged roaming data is kept under the recovery key (when space allows). */
  readonly recovery: { readonly since: number; readonly characters: number; readonly merged: number } | null;
  /** Why this device must not write (data from a newer ReachPlan); null when it may. */
  readonly readOnly: string | null;
}

export interface WriteOutcome {
  /** What compaction removed to make room (usually nothing). */
  readonly removed: CompactionRemovals;
}

export type RepairOutcome =
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'current' }
  | { readonly kind: 'repaired'; readonly followUp: FollowUp; readonly was: 'missing' | 'older' }
  | { readonly kind: 'indexNewer'; readonly followUp: FollowUp }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'archived'; readonly followUp: FollowUp }
  | { readonly kind: 'refused'; readonly error: StoreError };

export interface Store {
  /** Reads roaming settings and the journal; replays unconfirmed writes. Call once at start. Never throws. */
  load(): LoadReport;
  followUps(): readonly FollowUp[];
  followUp(id: string): FollowUp | undefined;
  /** Follow-ups of a conversation (compares idKey(conversationId) with conversationKey). */
  followUpsByConversation(conversationId: string): readonly FollowUp[];
  profiles(): readonly ContactProfile[];
  profile(email: string): ContactProfile | undefined;
  settings(): Settings;
  upsertFollowUp(followUp: FollowUp): Result<WriteOutcome, StoreError>;
  deleteFollowUp(id: string): Result<WriteOutcome, StoreError>;
  upsertProfile(profile: ContactProfile): Result<WriteOutcome, StoreError>;
  deleteProfile(email: string): Result<WriteOutcome, StoreError>;
  updateSettings(settings: Settings): Result<WriteOutcome, StoreError>;
  saveState(): SaveState;
  /** Resolves once the pending save succeeded or finally failed. */
  flush(): Promise<SaveState>;
  /** Retries a failed or waiting save now. */
  retrySave(): void;
  /** Calls `listener` after every change of data or save state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  usage(): Usage | null;
  /** Runs compaction now (retention, expired tombstones); saves when something was removed. */
  compactNow(): Result<CompactionRemovals, StoreError>;
  /**
   * The record to put in the follow-up's message (custom properties), stamped like the index; for a
   * follow-up the store does not hold (roaming settings refused it), stamped now.
   */
  itemRecord(followUp: FollowUp): Result<ItemRecordEncoded, StoreError>;
  /** Applies the repair rule with a message's record (what its custom property holds). */
  repairFromItem(value: unknown): RepairOutcome;
}

const OUR_KEYS = [...Object.values(ROAMING_KEYS), RECOVERY_KEY];
const DAY_MS = 86_400_000;

/** Creates a store over its ports. */
export function createStore(ports: StorePorts, options: StoreOptions): Store {
  const quota = options.quota ?? ROAMING_QUOTA;
  const tombstoneDays = options.tombstoneDays ?? 90;
  let snapshot: Snapshot = EMPTY_SNAPSHOT;
  let journal: Snapshot = EMPTY_SNAPSHOT;
  let lastStamp: Stamp = 0;
  let readOnly: string | null = null;
  let recovery: { since: number; text: string } | null = null;
  let packing: 'a' | 'd' = 'a';
  const listeners = new Set<() => void>();
  let views: { followUps: FollowUp[]; profiles: ContactProfile[] } | null = null;

  const notify = (): void => {
    views = null;
    for (const listener of [...listeners]) listener();
  };

  const settingsPolicy = () => {
    const s = snapshot.settings?.value ?? options.defaultSettings;
    return {
      now: ports.clock.now(),
      retentionDays: s.retentionDays,
      reengageAfterDays: s.reengageAfterDays,
      tombstoneDays,
      quota,
    };
  };

  const persistJournal = (): void => {
    if (!ports.journal.available) return;
    const text = journalEncode(journal);
    if (text !== null) ports.journal.write(text);
  };

  const compacted = (next: Snapshot): Result<CompactionOutcome, StoreError> => {
    const outcome = roamingCompact(next, settingsPolicy());
    if (!outcome.ok) return fail({ kind: 'invalid', message: outcome.reason });
    if (!outcome.value.fits) {
      const usage = roamingUsage(outcome.value.snapshot, 'd', quota);
      return fail(quotaError(outcome.value.characters, quota, usage.ok ? usage.value : null));
    }
    return ok(outcome.value);
  };

  const forgetFromJournal = (removed: CompactionRemovals): void => {
    if (removed.expired.length + removed.early.length === 0) return;
    const followUps = new Map(journal.followUps);
    for (const id of [...removed.expired, ...removed.early]) followUps.delete(id);
    journal = { ...journal, followUps };
  };

  const queue = new SaveQueue({
    timers: ports.timers,
    retryable: saveErrorRetryable,
    describe: saveErrorDescribe,
    delaysMs: options.retryDelaysMs,
    onChange: notify,
    write: async () => {
      if (readOnly) throw new SaveRefused(readOnly);
      const outcome = compacted(snapshot);
      if (!outcome.ok) throw new SaveRefused(outcome.reason.message);
      snapshot = outcome.value.snapshot;
      packing = outcome.value.packing;
      forgetFromJournal(outcome.value.removed);
      const values: Record<string, string | null> = {};
      for (const key of OUR_KEYS) values[key] = outcome.value.values[key] ?? null;
      if (recovery) {
        const withRecovery = { ...outcome.value.values, [RECOVERY_KEY]: recovery.text };
        const expired = recovery.since + settingsPolicy().retentionDays * DAY_MS < ports.clock.now();
        if (!expired && roamingCharacters(withRecovery) <= quota) values[RECOVERY_KEY] = recovery.text;
      }
      await ports.roaming.write(values);
    },
  });

  const write = (
    next: Snapshot,
    journalEntry: (j: Snapshot) => Snapshot,
  ): Result<WriteOutcome, StoreError> => {
    if (readOnly) return fail({ kind: 'readOnly', message: readOnly });
    const outcome = compacted(next);
    if (!outcome.ok) return outcome;
    snapshot = outcome.value.snapshot;
    packing = outcome.value.packing;
    journal = journalEntry(journal);
    forgetFromJournal(outcome.value.removed);
    persistJournal();
    queue.request();
    notify();
    return ok({ removed: outcome.value.removed });
  };

  const stamp = (): Stamp => {
    lastStamp = stampNext(lastStamp, ports.clock.now());
    return lastStamp;
  };

  function upsert<T>(
    kind: RecordKind,
    key: string,
    value: T,
    records: (s: Snapshot) => ReadonlyMap<string, Stamped<T>>,
    withRecords: (s: Snapshot, map: Map<string, Stamped<T>>) => Snapshot,
  ): Result<WriteOutcome, StoreError> {
    const entry = { value, stamp: stamp() };
    const put = (s: Snapshot): Snapshot => {
      const map = new Map(records(s));
      map.set(key, entry);
      const tombstones = new Map(s.tombstones);
      tombstones.delete(tombstoneKey(kind, key));
      return withRecords({ ...s, tombstones }, map);
    };
    return write(put(snapshot), put);
  }

  function remove<T>(
    kind: RecordKind,
    key: string,
    records: (s: Snapshot) => ReadonlyMap<string, Stamped<T>>,
    withRecords: (s: Snapshot, map: Map<string, Stamped<T>>) => Snapshot,
  ): Result<WriteOutcome, StoreError> {
    if (!records(snapshot).has(key)) return fail({ kind: 'notFound', message: `nothing stored for ${key}` });
    const stone: Tombstone = { kind, key, stamp: stamp() };
    const del = (s: Snapshot): Snapshot => {
      const map = new Map(records(s));
      map.delete(key);
      const tombstones = new Map(s.tombstones);
      tombstones.set(tombstoneKey(kind, key), stone);
      return withRecords({ ...s, tombstones }, map);
    };
    return write(del(snapshot), del);
  }

  const followUpMap = (s: Snapshot) => s.followUps;
  const withFollowUps = (s: Snapshot, followUps: Map<string, Stamped<FollowUp>>): Snapshot => ({
    ...s,
    followUps,
  });
  const profileMap = (s: Snapshot) => s.profiles;
  const withProfiles = (s: Snapshot, profiles: Map<string, Stamped<ContactProfile>>): Snapshot => ({
    ...s,
    profiles,
  });

  const viewsNow = () => {
    views ??= {
      followUps: [...snapshot.followUps.values()]
        .map((e) => e.value)
        .sort((a, b) => a.sentAt - b.sentAt || (a.id < b.id ? -1 : 1)),
      profiles: [...snapshot.profiles.values()]
        .map((e) => e.value)
        .sort((a, b) => (a.email < b.email ? -1 : 1)),
    };
    return views;
  };

  return {
    load() {
      const raw: Record<string, unknown> = {};
      for (const key of OUR_KEYS) {
        try {
          const value = ports.roaming.get(key);
          if (value !== undefined) raw[key] = value;
        } catch {
          // An unreadable value is treated as absent; the decode report shows the loss.
        }
      }
      const decoded = roamingDecode(raw);
      let base = decoded.snapshot;
      readOnly =
        decoded.report.status === 'newerVersion'
          ? 'Your ReachPlan data was saved by a newer version of ReachPlan. Close and reopen ReachPlan to update it; until then changes are not saved.'
          : null;
      const stored = recoveryDecode(raw[RECOVERY_KEY]);
      let merged = 0;
      recovery = stored ? { since: stored.since, text: stored.text } : null;
      if (stored) {
        const inner = roamingDecode(stored.values);
        merged = inner.snapshot.followUps.size + inner.snapshot.profiles.size;
        base = snapshotMerge(base, inner.snapshot);
      }
      if (decoded.report.status === 'damaged' || decoded.report.status === 'notOurs') {
        const ours: Record<string, unknown> = {};
        for (const key of Object.values(ROAMING_KEYS)) if (key in raw) ours[key] = raw[key];
        recovery = recoveryEncode(ports.clock.now(), ours);
      }
      const fromDevice = ports.journal.available ? journalDecode(safeRead(ports.journal)) : null;
      const oldest = ports.clock.now() - tombstoneDays * DAY_MS;
      const pending = fromDevice
        ? withoutOlderThan(journalPending(fromDevice.journal, base), oldest)
        : EMPTY_SNAPSHOT;
      snapshot = snapshotMerge(base, pending);
      journal = pending;
      lastStamp = Math.max(lastStamp, snapshotMaxStamp(snapshot));
      persistJournal();
      packing = decoded.report.packing === 'd' ? 'd' : 'a';
      if (!readOnly && !journalEmpty(pending)) queue.request();
      notify();
      return {
        roaming: decoded.report,
        replayed: {
          followUps: pending.followUps.size,
          profiles: pending.profiles.size,
          tombstones: pending.tombstones.size,
          settings: pending.settings !== null,
        },
        journal: !fromDevice ? 'unavailable' : fromDevice.damaged ? 'damaged' : 'available',
        recovery: recovery ? { since: recovery.since, characters: recovery.text.length, merged } : null,
        readOnly,
      };
    },
    followUps: () => viewsNow().followUps,
    followUp: (id) => snapshot.followUps.get(id)?.value,
    followUpsByConversation(conversationId) {
      const key = idKey(conversationId);
      return viewsNow().followUps.filter((f) => f.conversationKey === key);
    },
    profiles: () => viewsNow().profiles,
    profile: (email) => snapshot.profiles.get(email.trim().toLowerCase())?.value,
    settings: () => snapshot.settings?.value ?? options.defaultSettings,
    upsertFollowUp(followUp) {
      const form = followUpRoamingForm(followUp);
      if (!form.ok) return fail({ kind: 'invalid', message: form.reason });
      return upsert('followUp', form.value.id, form.value, followUpMap, withFollowUps);
    },
    deleteFollowUp: (id) => remove('followUp', id, followUpMap, withFollowUps),
    upsertProfile(profile) {
      const form = profileRoamingForm(profile);
      if (!form.ok) return fail({ kind: 'invalid', message: form.reason });
      return upsert('profile', form.value.email, form.value, profileMap, withProfiles);
    },
    deleteProfile: (email) => remove('profile', email.trim().toLowerCase(), profileMap, withProfiles),
    updateSettings(settings) {
      const form = settingsRoamingForm(settings);
      if (!form.ok) return fail({ kind: 'invalid', message: form.reason });
      const entry = { value: form.value, stamp: stamp() };
      return write({ ...snapshot, settings: entry }, (j) => ({ ...j, settings: entry }));
    },
    saveState: () => queue.state,
    flush: () => queue.flush(),
    retrySave: () => queue.retryNow(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    usage() {
      const usage = roamingUsage(snapshot, packing, quota);
      return usage.ok ? usage.value : null;
    },
    compactNow() {
      if (readOnly) return fail({ kind: 'readOnly', message: readOnly });
      const outcome = compacted(snapshot);
      if (!outcome.ok) return outcome;
      const { removed } = outcome.value;
      const changed =
        removed.expired.length + removed.early.length + removed.tombstones + removed.historyEntries > 0;
      snapshot = outcome.value.snapshot;
      packing = outcome.value.packing;
      if (changed) {
        forgetFromJournal(removed);
        persistJournal();
        queue.request();
        notify();
      }
      return ok(removed);
    },
    itemRecord(followUp) {
      const entry = snapshot.followUps.get(followUp.id);
      const form = followUpItemForm(followUp);
      if (!form.ok) return fail({ kind: 'invalid', message: form.reason });
      if (!entry) {
        // Roaming settings could not take it (quota, read-only): the message alone carries it, with a
        // fresh stamp, and the pane restores it from there once there is room.
        lastStamp = stampNext(lastStamp, ports.clock.now());
        const alone = itemRecordEncode(form.value, lastStamp);
        return alone.ok ? alone : fail({ kind: 'invalid', message: alone.reason });
      }
      const roaming = followUpRoamingForm(followUp);
      if (!roaming.ok || JSON.stringify(roaming.value) !== JSON.stringify(entry.value)) {
        return fail({
          kind: 'invalid',
          message: `follow-up ${followUp.id} differs from the stored one: store it first`,
        });
      }
      const encoded = itemRecordEncode(form.value, entry.stamp);
      return encoded.ok ? encoded : fail({ kind: 'invalid', message: encoded.reason });
    },
    repairFromItem(value) {
      const decoded = itemRecordDecode(value);
      if (!decoded.ok) return { kind: 'invalid', reason: decoded.reason };
      const form = followUpRoamingForm(decoded.value.value);
      if (!form.ok) return { kind: 'invalid', reason: form.reason };
      const item: Stamped<FollowUp> = { value: form.value, stamp: decoded.value.stamp };
      const id = item.value.id;
      const stone = snapshot.tombstones.get(tombstoneKey('followUp', id));
      if (stone && stone.stamp >= item.stamp) return { kind: 'deleted' };
      const index = snapshot.followUps.get(id);
      if (index) {
        const winner = snapshotMerge(
          { ...EMPTY_SNAPSHOT, followUps: new Map([[id, index]]) },
          { ...EMPTY_SNAPSHOT, followUps: new Map([[id, item]]) },
        ).followUps.get(id)!;
        if (winner === index) {
          return JSON.stringify(index.value) === JSON.stringify(item.value) && index.stamp === item.stamp
            ? { kind: 'current' }
            : { kind: 'indexNewer', followUp: index.value };
        }
      }
      const policy = settingsPolicy();
      const finished = followUpFinishedAt(item.value, policy.now, policy.reengageAfterDays);
      if (finished !== null && finished + policy.retentionDays * DAY_MS < policy.now) {
        return { kind: 'archived', followUp: item.value };
      }
      lastStamp = Math.max(lastStamp, item.stamp);
      const put = (s: Snapshot): Snapshot => {
        const followUps = new Map(s.followUps);
        followUps.set(id, item);
        const tombstones = new Map(s.tombstones);
        tombstones.delete(tombstoneKey('followUp', id));
        return { ...s, followUps, tombstones };
      };
      const written = write(put(snapshot), put);
      if (!written.ok) return { kind: 'refused', error: written.reason };
      return { kind: 'repaired', followUp: item.value, was: index ? 'older' : 'missing' };
    },
  };
}

function safeRead(journal: JournalPort): string | null {
  try {
    return journal.read();
  } catch {
    return null;
  }
}

/** Drops journal entries older than `oldest`: their tombstones may be gone, so replaying them could resurrect deletions. */
function withoutOlderThan(journal: Snapshot, oldest: number): Snapshot {
  const fresh = <T extends { stamp: number }>(map: ReadonlyMap<string, T>) =>
    new Map([...map].filter(([, e]) => stampInstant(e.stamp) >= oldest));
  return {
    followUps: fresh(journal.followUps),
    profiles: fresh(journal.profiles),
    tombstones: fresh(journal.tombstones),
    settings: journal.settings && stampInstant(journal.settings.stamp) >= oldest ? journal.settings : null,
  };
}

export type { RoamingValues };
