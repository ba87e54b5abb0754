/** The two-device scenarios of issue 4, against the workbench runtime's roaming rules. */
import { Mailbox, memoryJournal, openDevice } from '../../../fixtures/storeHarness';
import { sampleFollowUp, sampleProfiles } from '../../../fixtures/storageSamples';

const people = sampleProfiles(5);
const followUp = (i: number) => sampleFollowUp(i, people);

async function saved(device: ReturnType<typeof openDevice>): Promise<void> {
  const state = await device.store.flush();
  expect(state).toMatchObject({ status: 'saved', pending: false });
}

describe('two devices sharing one mailbox', () => {
  it("brings B's follow-ups back after a stale save by A, when B restarts", async () => {
    const mailbox = new Mailbox();
    const a = openDevice(mailbox);
    const journalB = memoryJournal();
    const b = openDevice(mailbox, journalB);
    for (const i of [1, 2, 3]) expect(b.store.upsertFollowUp(followUp(i)).ok).toBe(true);
    await saved(b);

    a.clock.time += 60_000;
    expect(a.store.upsertFollowUp(followUp(9)).ok).toBe(true); // A never saw B's writes
    await saved(a);
    expect(
      openDevice(mailbox, memoryJournal())
        .store.followUps()
        .map((f) => f.id),
    ).toEqual([followUp(9).id]);

    const restarted = openDevice(mailbox, journalB);
    expect(restarted.report.replayed.followUps).toBe(3);
    const ids = new Set(restarted.store.followUps().map((f) => f.id));
    for (const i of [1, 2, 3, 9]) expect(ids.has(followUp(i).id)).toBe(true);
    await saved(restarted);

    const fresh = openDevice(mailbox, memoryJournal());
    expect(fresh.store.followUps()).toHaveLength(4);
    // Seen back: the next start has nothing left to replay.
    expect(openDevice(mailbox, journalB).report.replayed.followUps).toBe(0);
  });

  it("keeps A's deletion when B stale-saves the deleted follow-up, where the deletion is newer", async () => {
    const mailbox = new Mailbox();
    const seed = openDevice(mailbox);
    seed.store.upsertFollowUp(followUp(1));
    seed.store.upsertFollowUp(followUp(2));
    await saved(seed);

    const journalA = memoryJournal();
    const a = openDevice(mailbox, journalA);
    const b = openDevice(mailbox);
    a.clock.time += 60_000;
    expect(a.store.deleteFollowUp(followUp(1).id).ok).toBe(true);
    await saved(a);

    b.clock.time += 120_000;
    b.store.upsertFollowUp({ ...followUp(2), subject: 'edited on B' });
    await saved(b); // B still holds follow-up 1: its stale copy is back in roaming settings
    expect(openDevice(mailbox, memoryJournal()).store.followUp(followUp(1).id)).toBeDefined();

    const restarted = openDevice(mailbox, journalA);
    expect(restarted.store.followUp(followUp(1).id)).toBeUndefined();
    expect(restarted.store.followUp(followUp(2).id)?.subject).toBe('edited on B');
    await saved(restarted);
    expect(openDevice(mailbox, memoryJournal()).store.followUp(followUp(1).id)).toBeUndefined();
  });

  it('lets a newer edit beat an older deletion (newest stamp wins)', async () => {
    const mailbox = new Mailbox();
    const seed = openDevice(mailbox);
    seed.store.upsertFollowUp(followUp(1));
    await saved(seed);

    const journalA = memoryJournal();
    const a = openDevice(mailbox, journalA);
    const b = openDevice(mailbox);
    a.clock.time += 60_000;
    a.store.deleteFollowUp(followUp(1).id);
    await saved(a);
    b.clock.time += 120_000; // edited after the deletion
    b.store.upsertFollowUp({ ...followUp(1), state: 'replied' });
    await saved(b);

    const restarted = openDevice(mailbox, journalA);
    expect(restarted.store.followUp(followUp(1).id)?.state).toBe('replied');
  });

  it('merges to the same result whichever device restarts first', async () => {
    const mailbox = new Mailbox();
    const journalA = memoryJournal();
    const journalB = memoryJournal();
    const a = openDevice(mailbox, journalA);
    const b = openDevice(mailbox, journalB);
    a.store.upsertFollowUp(followUp(1));
    b.store.upsertFollowUp(followUp(2));
    await saved(a);
    await saved(b);
    const afterA = openDevice(mailbox, journalA);
    await saved(afterA);
    const afterB = openDevice(mailbox, journalB);
    await saved(afterB);
    expect(
      openDevice(mailbox, memoryJournal())
        .store.followUps()
        .map((f) => f.id)
        .sort(),
    ).toEqual([followUp(1).id, followUp(2).id].sort());
  });
});
