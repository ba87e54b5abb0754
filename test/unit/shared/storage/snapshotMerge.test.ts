import fc from 'fast-check';
import { snapshotMerge } from '../../../../src/shared/storage/snapshotMerge';
import { EMPTY_SNAPSHOT } from '../../../../src/shared/storage/snapshot';
import { snapshotArb } from '../../../fixtures/storageArbitraries';
import { sampleFollowUp, sampleProfiles } from '../../../fixtures/storageSamples';

describe('snapshotMerge', () => {
  it('property: commutative, idempotent and associative', () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, snapshotArb, (a, b, c) => {
        expect(snapshotMerge(a, b)).toEqual(snapshotMerge(b, a));
        expect(snapshotMerge(a, a)).toEqual(snapshotMerge(a, EMPTY_SNAPSHOT));
        expect(snapshotMerge(snapshotMerge(a, b), c)).toEqual(snapshotMerge(a, snapshotMerge(b, c)));
      }),
      { numRuns: 100 },
    );
  });

  it('newest stamp wins between a record and a deletion; a tie goes to the deletion', () => {
    const f = sampleFollowUp(1, sampleProfiles(1));
    const record = { ...EMPTY_SNAPSHOT, followUps: new Map([[f.id, { value: f, stamp: 10 }]]) };
    const stone = (stamp: number) => ({
      ...EMPTY_SNAPSHOT,
      tombstones: new Map([[`f:${f.id}`, { kind: 'followUp' as const, key: f.id, stamp }]]),
    });
    expect(snapshotMerge(record, stone(11)).followUps.size).toBe(0);
    expect(snapshotMerge(record, stone(9)).followUps.size).toBe(1);
    expect(snapshotMerge(record, stone(9)).tombstones.size).toBe(0);
    expect(snapshotMerge(record, stone(10)).followUps.size).toBe(0);
  });
});
