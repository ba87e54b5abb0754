import { journalDecode, journalEncode, journalPending } from '../../../../src/shared/storage/journal';
import type { Snapshot } from '../../../../src/shared/storage/snapshot';
import { EMPTY_SNAPSHOT } from '../../../../src/shared/storage/snapshot';
import { SAMPLE_SETTINGS, sampleFollowUp, sampleProfiles } from '../../../fixtures/storageSamples';

const people = sampleProfiles(2);
const f1 = sampleFollowUp(1, people);
const f2 = sampleFollowUp(2, people);
const journal: Snapshot = {
  followUps: new Map([
    [f1.id, { value: f1, stamp: 10 }],
    [f2.id, { value: f2, stamp: 10 }],
  ]),
  profiles: new Map([[people[0]!.email, { value: people[0]!, stamp: 10 }]]),
  settings: { value: SAMPLE_SETTINGS, stamp: 10 },
  tombstones: new Map([['f:gone', { kind: 'followUp', key: 'gone', stamp: 10 }]]),
};

describe('journal', () => {
  it('round-trips through device storage text', () => {
    expect(journalDecode(journalEncode(journal))).toEqual({ journal, damaged: false });
    expect(journalDecode(null)).toEqual({ journal: EMPTY_SNAPSHOT, damaged: false });
  });

  it('reads unreadable storage as an empty, damaged journal', () => {
    expect(journalDecode('{not json')).toEqual({ journal: EMPTY_SNAPSHOT, damaged: true });
    expect(journalDecode('{"kind":"other"}').damaged).toBe(true);
  });

  it('keeps only the entries a fresh load does not show with the same or a newer stamp', () => {
    const roaming: Snapshot = {
      followUps: new Map([[f1.id, { value: f1, stamp: 10 }]]), // seen back
      profiles: new Map([[people[0]!.email, { value: people[0]!, stamp: 9 }]]), // older: replay
      settings: { value: SAMPLE_SETTINGS, stamp: 11 }, // newer elsewhere
      tombstones: new Map([['f:gone', { kind: 'followUp', key: 'gone', stamp: 12 }]]),
    };
    const pending = journalPending(journal, roaming);
    expect([...pending.followUps.keys()]).toEqual([f2.id]);
    expect(pending.profiles.size).toBe(1);
    expect(pending.settings).toBeNull();
    expect(pending.tombstones.size).toBe(0);
  });
});
