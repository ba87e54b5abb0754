import type { FollowUp } from '../../../../src/shared/domain/types';
import type { CompactionPolicy } from '../../../../src/shared/storage/roamingCompact';
import { roamingCompact } from '../../../../src/shared/storage/roamingCompact';
import { roamingEncode } from '../../../../src/shared/storage/roamingCodec';
import { roamingCharacters } from '../../../../src/shared/storage/roamingSize';
import type { Snapshot } from '../../../../src/shared/storage/snapshot';
import { EMPTY_SNAPSHOT } from '../../../../src/shared/storage/snapshot';
import { stampNext } from '../../../../src/shared/storage/stamp';
import { SAMPLE_NOW, sampleFollowUp, sampleProfiles } from '../../../fixtures/storageSamples';

const DAY = 86_400_000;
const people = sampleProfiles(3);

function finished(i: number, at: number): FollowUp {
  return {
    ...sampleFollowUp(i, people),
    sentAt: at - DAY,
    steps: [],
    state: 'done',
    history: [
      { at: at - DAY, kind: 'sent', note: 'a note that takes some room in the record' },
      { at: at - DAY / 2, kind: 'drafted', note: 'another note that takes room' },
      { at, kind: 'done' },
    ],
  };
}

const active: FollowUp = {
  ...sampleFollowUp(9, people),
  history: [
    { at: SAMPLE_NOW - DAY, kind: 'sent', note: 'active history note number one' },
    { at: SAMPLE_NOW, kind: 'planned' },
  ],
};

function snapshotOf(list: FollowUp[]): Snapshot {
  return { ...EMPTY_SNAPSHOT, followUps: new Map(list.map((f, i) => [f.id, { value: f, stamp: i + 1 }])) };
}

function dense(snapshot: Snapshot): number {
  const values = roamingEncode(snapshot, 'd');
  if (!values.ok) throw new Error(values.reason);
  return roamingCharacters(values.value);
}

const policy = (quota: number): CompactionPolicy => ({
  now: SAMPLE_NOW,
  retentionDays: 30,
  reengageAfterDays: 30,
  tombstoneDays: 90,
  quota,
});

describe('roamingCompact', () => {
  const older = finished(1, SAMPLE_NOW - 9 * DAY);
  const newer = finished(2, SAMPLE_NOW - 2 * DAY);
  const all = snapshotOf([older, newer, active]);
  const trim = (f: FollowUp): FollowUp => ({ ...f, history: f.history.slice(-1) });

  it('keeps everything and uses ASCII when it fits', () => {
    const outcome = roamingCompact(all, policy(32 * 1024));
    expect(outcome).toMatchObject({ ok: true, value: { fits: true, packing: 'a', snapshot: all } });
  });

  it('switches to the dense packing before removing anything', () => {
    const outcome = roamingCompact(all, policy(dense(all)));
    expect(outcome).toMatchObject({ ok: true, value: { fits: true, packing: 'd', snapshot: all } });
  });

  it('trims the history of finished follow-ups first (oldest first), then of active ones', () => {
    const quota = dense(snapshotOf([trim(older), newer, active]));
    const first = roamingCompact(all, policy(quota));
    if (!first.ok) throw new Error(first.reason);
    expect(first.value.snapshot.followUps.get(older.id)!.value.history).toHaveLength(1);
    expect(first.value.snapshot.followUps.get(newer.id)!.value.history).toHaveLength(3);
    expect(first.value.removed).toMatchObject({ historyEntries: 2, early: [] });

    const second = roamingCompact(all, policy(dense(snapshotOf([trim(older), trim(newer), trim(active)]))));
    if (!second.ok) throw new Error(second.reason);
    expect(second.value.snapshot.followUps.get(active.id)!.value.history).toEqual(active.history.slice(-1));
    expect(second.value.removed.early).toEqual([]);
  });

  it('then removes finished follow-ups within retention, oldest first; never the active one', () => {
    const quota = dense(snapshotOf([trim(newer), trim(active)]));
    const outcome = roamingCompact(all, policy(quota));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.removed.early).toEqual([older.id]);
    expect([...outcome.value.snapshot.followUps.keys()].sort()).toEqual([newer.id, active.id].sort());

    const impossible = roamingCompact(all, policy(10));
    expect(impossible).toMatchObject({ ok: true, value: { fits: false } });
    if (impossible.ok) expect(impossible.value.snapshot.followUps.has(active.id)).toBe(true);
  });

  it('drops tombstones after the tombstone period and finished follow-ups after retention', () => {
    const oldStamp = stampNext(0, SAMPLE_NOW - 100 * DAY);
    const recentStamp = stampNext(0, SAMPLE_NOW - DAY);
    const snapshot: Snapshot = {
      ...snapshotOf([finished(3, SAMPLE_NOW - 31 * DAY), active]),
      tombstones: new Map([
        ['f:old', { kind: 'followUp', key: 'old', stamp: oldStamp }],
        ['p:x@y', { kind: 'profile', key: 'x@y', stamp: recentStamp }],
      ]),
    };
    const outcome = roamingCompact(snapshot, policy(32 * 1024));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.removed).toMatchObject({ tombstones: 1, expired: [finished(3, 0).id] });
    expect([...outcome.value.snapshot.tombstones.keys()]).toEqual(['p:x@y']);
  });
});
