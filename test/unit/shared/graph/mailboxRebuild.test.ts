/**
 * "Rebuild from mailbox" after the roaming blob is wiped: every follow-up comes back from its
 * message's record in Sent Items, as it was; newer index data is kept; nothing is duplicated.
 */
import { followUpStepDone } from '../../../../src/shared/domain/followUpStepAction';
import { planContextOf } from '../../../../src/shared/app/planContextOf';
import { connectedSweep } from '../../../../src/shared/graph/connectedSweep';
import { mailboxRebuild } from '../../../../src/shared/graph/mailboxRebuild';
import { answerSimulate } from '../../../../workbench/server/mailboxOps';
import { recipientsAway } from '../../../../src/shared/graph/recipientsAway';
import {
  flagAndSend,
  openSessionDevice,
  connectedDeps,
  KENJI,
  MARCUS,
  PRIYA,
  SAM,
  workbenchForSuite,
} from '../../../fixtures/connectedHarness';

const PEOPLE = [PRIYA, MARCUS, KENJI, SAM];

const wb = workbenchForSuite();

let n = 0;
const fresh = () => `rebuild-${(n += 1)}`;

describe('Rebuild from mailbox', () => {
  it('restores every follow-up after the roaming blob is wiped, as they were', async () => {
    const id = fresh();
    const device = openSessionDevice(wb, id);
    for (const person of PEOPLE) {
      await flagAndSend(wb, id, device, { to: [person], subject: `Proposal for ${person.name}` });
      wb.session(id).clockOffsetMs += 3600_000;
    }
    const first = device.store.followUps()[0];
    if (!first) throw new Error('no follow-up');
    const done = followUpStepDone(first, 0, wb.session(id).nowMs(), planContextOf(device.store, first));
    if (!done.ok) throw new Error(done.reason);
    device.store.upsertFollowUp(done.value.followUp);
    await device.store.flush();
    const before = device.store.followUps();
    expect(before).toHaveLength(PEOPLE.length);

    wb.session(id).roamingReplace({}, 'api');
    const reopened = openSessionDevice(wb, id);
    expect(reopened.store.followUps()).toEqual([]);
    const graph = wb.client(id);
    const outcome = await mailboxRebuild(connectedDeps(wb, id, reopened, graph), wb.session(id).nowMs());
    expect(outcome).toEqual(
      expect.objectContaining({
        records: PEOPLE.length,
        restored: PEOPLE.length,
        complete: true,
        problems: [],
      }),
    );
    const byId = new Map(reopened.store.followUps().map((f) => [f.id, f]));
    for (const original of before) {
      const restored = byId.get(original.id);
      expect(restored?.subject).toBe(original.subject);
      expect(restored?.recipients).toEqual(original.recipients);
      expect(restored?.sentAt).toBe(original.sentAt);
      expect(restored?.state).toBe('waiting');
    }
    // A change made after sending (a step marked done) is on the message only once the pane has opened
    // it; until then it lived in roaming settings and the journal of the device that made it.
    expect(byId.get(first.id)?.steps[0]?.status).toBe('planned');
    expect(reopened.sentCopies.get(first.id)?.itemId).toEqual(expect.any(String));
    expect(outcome.save.status).toBe('saved');
    expect(openSessionDevice(wb, id).store.followUps()).toHaveLength(PEOPLE.length);
  });

  it('lets the next sweep find again the answers it had applied before the wipe', async () => {
    const id = fresh();
    const device = openSessionDevice(wb, id);
    const { followUp, sent } = await flagAndSend(wb, id, device, { to: [PRIYA], subject: 'Proposal' });
    const delivered = answerSimulate(
      wb.session(id),
      sent.id,
      { kind: 'outOfOffice', returnDate: '2026-12-14' },
      'A',
    );
    expect(delivered.ok).toBe(true);
    wb.session(id).clockOffsetMs += 3600_000;
    const graph = wb.client(id);
    const deps = connectedDeps(wb, id, device, graph);
    await connectedSweep(deps, wb.session(id).nowMs());
    expect(device.store.followUp(followUp.id)?.state).toBe('paused');
    await device.store.flush();
    wb.session(id).clockOffsetMs += 2 * 3600_000;
    wb.session(id).roamingReplace({}, 'api');
    const reopened = openSessionDevice(wb, id);
    // Same device: its sweep memory survives the wipe (it is local), its roaming copy does not.
    const again = { ...deps, store: reopened.store };
    await mailboxRebuild(again, wb.session(id).nowMs());
    expect(reopened.store.followUp(followUp.id)?.state).toBe('waiting');
    await connectedSweep(again, wb.session(id).nowMs());
    expect(reopened.store.followUp(followUp.id)?.state).toBe('paused');
  });

  it('keeps newer index data, counts what is current, and runs again without duplicating', async () => {
    const id = fresh();
    const device = openSessionDevice(wb, id);
    await flagAndSend(wb, id, device, { to: [PRIYA], subject: 'Proposal' });
    const graph = wb.client(id);
    const deps = connectedDeps(wb, id, device, graph);
    const once = await mailboxRebuild(deps, wb.session(id).nowMs());
    expect(once).toEqual(expect.objectContaining({ records: 1, current: 1, restored: 0 }));
    const twice = await mailboxRebuild(deps, wb.session(id).nowMs());
    expect(twice.current).toBe(1);
    expect(device.store.followUps()).toHaveLength(1);
  });

  it('reports a record it cannot read, naming the message, and a Graph failure in words', async () => {
    const id = fresh();
    const device = openSessionDevice(wb, id);
    const { sent } = await flagAndSend(wb, id, device, { to: [PRIYA], subject: 'Proposal' });
    const stored = wb.session(id).messages.get(sent.id);
    if (!stored) throw new Error('no sent copy');
    wb.session(id).messages.set(sent.id, {
      ...stored,
      customProperties: { ...stored.customProperties, rp: 'I1a~garbage' },
    });
    const deps = connectedDeps(wb, id, device, wb.client(id));
    const outcome = await mailboxRebuild(deps, wb.session(id).nowMs());
    expect(outcome.problems).toEqual([expect.stringContaining('"Proposal"')]);
    wb.state(id).faults.push({ kind: 'error', status: 500, code: 'generalException', remaining: -1 });
    const failed = await mailboxRebuild(
      { ...deps, graph: wb.client(id, { maxAttempts: 1 }) },
      wb.session(id).nowMs(),
    );
    expect(failed.complete).toBe(false);
    expect(failed.failure?.message).toMatch(/had a problem/);
  });
});

describe('out of office before sending', () => {
  it('marks a recipient away until their scheduled return, so the plan starts after it', async () => {
    const id = fresh();
    const device = openSessionDevice(wb, id);
    const now = wb.session(id).nowMs();
    const end = new Date(now + 10 * 86_400_000);
    wb.state(id).automaticReplies.set('priya.raman@contoso.example', {
      message: '<p>I am on leave.</p>',
      scheduledEndTime: end.toISOString(),
    });
    wb.state(id).automaticReplies.set('marcus@fabrikam.example', {
      message: 'Out of the office until 3 December 2026.',
    });
    const graph = wb.client(id);
    const away = await recipientsAway(
      { store: device.store, graph },
      [PRIYA, MARCUS, KENJI].map((p) => ({ email: p.email, name: p.name })),
      now,
    );
    expect(away.map((a) => [a.email, a.until, a.source])).toEqual([
      [
        'priya.raman@contoso.example',
        new Date(end.getTime() + 8 * 3600_000).toISOString().slice(0, 10),
        'scheduled',
      ],
      ['marcus@fabrikam.example', '2026-12-03', 'message'],
    ]);
    expect(device.store.profile('priya.raman@contoso.example')?.status).toEqual(
      expect.objectContaining({ kind: 'away' }),
    );
    const { followUp } = await flagAndSend(wb, id, device, { to: [PRIYA], subject: 'Proposal' });
    expect(followUp.steps[0]?.dueAt).toBeGreaterThan(end.getTime());
  });
});
