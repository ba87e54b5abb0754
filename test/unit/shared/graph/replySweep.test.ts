/**
 * Connected mode's sent-copy lookup and reply sweep, end to end against the workbench: flag and send
 * through the application layer, answers arrive in the simulated mailbox (never opened in Outlook),
 * and the sweep finds them through the loopback Graph endpoint and applies them as opening them would.
 */
import { planContextOf } from '../../../../src/shared/app/planContextOf';
import { followUpResume } from '../../../../src/shared/domain/followUpLifecycle';
import { connectedSweep } from '../../../../src/shared/graph/connectedSweep';
import { idKey } from '../../../../src/shared/storage/idKey';
import { replySweep, SWEEP_NOTE } from '../../../../src/shared/graph/replySweep';
import { sentCopyFind } from '../../../../src/shared/graph/sentCopyFind';
import type { GraphPort } from '../../../../src/shared/ports';
import { answerSimulate } from '../../../../workbench/server/mailboxOps';
import {
  flagAndSend,
  openSessionDevice,
  type SessionDevice,
  connectedDeps,
  MARCUS,
  PRIYA,
  workbenchForSuite,
} from '../../../fixtures/connectedHarness';
import type { GraphWorkbench } from '../../../fixtures/graphWorkbench';

const wb = workbenchForSuite();

let n = 0;
function setup(options: { client?: Parameters<GraphWorkbench['client']>[1] } = {}) {
  n += 1;
  const id = `sweep-${n}`;
  const device = openSessionDevice(wb, id);
  const graph = wb.client(id, options.client);
  const deps = (d: SessionDevice = device, g: GraphPort = graph) => connectedDeps(wb, id, d, g);
  const answer = (
    sentId: string,
    kind: 'reply' | 'replyFromColleague' | 'outOfOffice' | 'bounce' | 'leftCompany',
    returnDate?: string,
  ) => {
    const delivered = answerSimulate(
      wb.session(id),
      sentId,
      { kind, ...(returnDate ? { returnDate } : {}) },
      'A',
    );
    if (!delivered.ok) throw new Error(delivered.reason.message);
    return delivered.value;
  };
  const advance = (hours: number) => {
    wb.session(id).clockOffsetMs += hours * 3600_000;
  };
  return { id, device, graph, deps, answer, advance, now: () => wb.session(id).nowMs() };
}

describe('the sent copy', () => {
  it('is found by the token in its custom properties, and its ids are learned', async () => {
    const t = setup();
    const { followUp, sent } = await flagAndSend(wb, t.id, t.device, {
      to: [PRIYA],
      subject: 'Onboarding plan',
    });
    expect(followUp.conversationKey).toBeUndefined(); // a new message has no conversation until saved
    const outcome = await sentCopyFind(t.deps(), t.now());
    expect(outcome.found).toEqual([{ followUpId: followUp.id, by: 'token' }]);
    expect(t.device.sentCopies.get(followUp.id)).toEqual(
      expect.objectContaining({
        itemId: sent.id,
        conversationId: sent.conversationId,
        internetMessageId: sent.internetMessageId,
      }),
    );
    const stored = t.device.store.followUp(followUp.id);
    expect(stored?.conversationKey).toBe(idKey(sent.conversationId ?? ''));
    expect(stored?.messageKey).toBe(idKey(sent.internetMessageId ?? ''));
  });

  it('is found by conversation, time and recipients when the custom properties did not reach it', async () => {
    const t = setup();
    wb.session(t.id).settings = { ...wb.session(t.id).settings, customPropertiesOnSentCopy: false };
    const other = await flagAndSend(wb, t.id, t.device, { to: [MARCUS], subject: 'Renewal terms' });
    const { followUp, sent } = await flagAndSend(wb, t.id, t.device, {
      to: [PRIYA],
      subject: 'Onboarding plan',
    });
    const outcome = await sentCopyFind(t.deps(), t.now());
    expect(outcome.found).toEqual(
      expect.arrayContaining([
        { followUpId: followUp.id, by: 'match' },
        { followUpId: other.followUp.id, by: 'match' },
      ]),
    );
    expect(t.device.sentCopies.get(followUp.id)?.itemId).toBe(sent.id);
  });
});

describe('the reply sweep', () => {
  it('clears a plan when someone else at the contact replies in the thread, never opened in Outlook', async () => {
    const t = setup();
    const { followUp, sent } = await flagAndSend(wb, t.id, t.device, {
      to: [PRIYA],
      subject: 'Onboarding plan',
    });
    t.advance(5);
    const reply = t.answer(sent.id, 'replyFromColleague');
    expect(reply.read).toBe(false);
    const report = await connectedSweep(t.deps(), t.now());
    expect(report.problem).toBeNull();
    expect(report.replies.findings).toEqual([
      expect.objectContaining({ followUpId: followUp.id, applied: 'cleared', from: reply.from.email }),
    ]);
    const cleared = t.device.store.followUp(followUp.id);
    expect(cleared?.state).toBe('replied');
    expect(cleared?.history.at(-1)?.note).toMatch(new RegExp(`^${SWEEP_NOTE}: `));
    expect(cleared?.steps.every((s) => s.status !== 'planned')).toBe(true);
  });

  it('pauses on an out-of-office until the return date instead of clearing, and shows the contact away', async () => {
    const t = setup();
    const { followUp, sent } = await flagAndSend(wb, t.id, t.device, {
      to: [PRIYA],
      subject: 'Onboarding plan',
    });
    t.advance(2);
    t.answer(sent.id, 'outOfOffice', '2026-12-07');
    await sentCopyFind(t.deps(), t.now());
    const outcome = await replySweep(t.deps(), t.now());
    expect(outcome.findings.map((f) => f.applied)).toEqual(['paused']);
    const paused = t.device.store.followUp(followUp.id);
    expect(paused?.state).toBe('paused');
    expect(paused?.pausedUntil).toBeGreaterThan(Date.parse('2026-12-07T00:00:00+08:00'));
    expect(
      paused?.steps.filter((s) => s.status === 'planned').every((s) => s.dueAt >= (paused.pausedUntil ?? 0)),
    ).toBe(true);
    expect(paused?.history.at(-1)).toEqual(expect.objectContaining({ kind: 'autoReply' }));
    // The same auto-reply seen again changes nothing.
    expect((await replySweep(t.deps(), t.now())).findings).toEqual([]);
  });

  it('does not pause again for an out-of-office the user already resumed after', async () => {
    const t = setup();
    const { followUp, sent } = await flagAndSend(wb, t.id, t.device, {
      to: [PRIYA],
      subject: 'Onboarding plan',
    });
    t.advance(1);
    t.answer(sent.id, 'outOfOffice', '2026-12-07');
    await connectedSweep(t.deps(), t.now());
    const paused = t.device.store.followUp(followUp.id);
    if (!paused) throw new Error('no follow-up');
    t.advance(1);
    const resumed = followUpResume(paused, t.now(), planContextOf(t.device.store, paused));
    if (!resumed.ok) throw new Error(resumed.reason);
    t.device.store.upsertFollowUp(resumed.value.followUp);
    await t.device.store.flush();
    // Another device, which has never swept, sees the auto-reply for the first time.
    const other = openSessionDevice(wb, t.id, 'B');
    const outcome = await replySweep(t.deps(other), t.now());
    expect(outcome.findings).toEqual([]);
    expect(other.store.followUp(followUp.id)?.state).toBe('waiting');
  });

  it('stops on a bounce and marks the contact as moved on', async () => {
    const t = setup();
    const { followUp, sent } = await flagAndSend(wb, t.id, t.device, {
      to: [PRIYA],
      subject: 'Onboarding plan',
    });
    t.advance(1);
    t.answer(sent.id, 'bounce');
    await connectedSweep(t.deps(), t.now());
    expect(t.device.store.followUp(followUp.id)?.state).toBe('stopped');
    expect(t.device.store.profile(PRIYA.email)?.status.kind).toBe('movedOn');
  });

  it('reads every page: an auto-reply then a reply, one message per page, clear the plan in order', async () => {
    const t = setup();
    wb.state(t.id).settings = { ...wb.state(t.id).settings, maxPageSize: 1 };
    const { followUp, sent } = await flagAndSend(wb, t.id, t.device, {
      to: [PRIYA],
      subject: 'Onboarding plan',
    });
    t.advance(1);
    t.answer(sent.id, 'outOfOffice', '2026-12-07');
    t.advance(1);
    t.answer(sent.id, 'reply');
    const report = await connectedSweep(t.deps(), t.now());
    expect(report.replies.findings.map((f) => f.applied)).toEqual(['paused', 'cleared']);
    expect(t.device.store.followUp(followUp.id)?.state).toBe('replied');
    expect(
      wb.state(t.id).log.filter((e) => e.url.includes('%24skip') || e.url.includes('$skip')).length,
    ).toBeGreaterThan(0);
  });

  it('waits out a 429 with Retry-After and still finds the reply', async () => {
    const t = setup();
    const { followUp, sent } = await flagAndSend(wb, t.id, t.device, {
      to: [PRIYA],
      subject: 'Onboarding plan',
    });
    t.answer(sent.id, 'reply');
    wb.state(t.id).faults.push({ kind: 'throttle', status: 429, retryAfterSeconds: 2, remaining: 2 });
    const report = await connectedSweep(t.deps(), t.now());
    expect(report.problem).toBeNull();
    expect(t.device.store.followUp(followUp.id)?.state).toBe('replied');
    expect(wb.state(t.id).log.filter((e) => e.status === 429)).toHaveLength(2);
  });

  it('signs in again when Graph answers 401, and finds the reply', async () => {
    const t = setup();
    const { followUp, sent } = await flagAndSend(wb, t.id, t.device, {
      to: [PRIYA],
      subject: 'Onboarding plan',
    });
    t.answer(sent.id, 'reply');
    wb.state(t.id).faults.push({ kind: 'unauthorized', remaining: 1 });
    await connectedSweep(t.deps(), t.now());
    expect(t.device.store.followUp(followUp.id)?.state).toBe('replied');
  });

  it('reports a network timeout in words, changes nothing, and the next sweep finds the reply', async () => {
    const t = setup({ client: { timeoutMs: 150, maxAttempts: 1 } });
    const { followUp, sent } = await flagAndSend(wb, t.id, t.device, {
      to: [PRIYA],
      subject: 'Onboarding plan',
    });
    await sentCopyFind(t.deps(), t.now());
    t.answer(sent.id, 'reply');
    wb.state(t.id).faults.push({ kind: 'hang', remaining: 1, path: '$batch' });
    const failed = await replySweep(t.deps(), t.now());
    expect(failed.failures.map((f) => f.kind)).toEqual(['timeout']);
    expect(failed.failures[0]?.message).toMatch(/did not answer within/);
    expect(t.device.store.followUp(followUp.id)?.state).toBe('waiting');
    await replySweep(t.deps(), t.now());
    expect(t.device.store.followUp(followUp.id)?.state).toBe('replied');
  });

  it('asks only for mail since its last sweep on this device, from the send on a new device', async () => {
    const t = setup();
    const { sent } = await flagAndSend(wb, t.id, t.device, { to: [PRIYA], subject: 'Onboarding plan' });
    await connectedSweep(t.deps(), t.now());
    const sentAt = Date.parse(sent.sentAt);
    t.advance(48);
    await replySweep(t.deps(), t.now());
    t.advance(1);
    const since = wb.state(t.id).log.length;
    await replySweep(t.deps(), t.now());
    const filters = wb
      .state(t.id)
      .log.slice(since)
      .map((e) => decodeURIComponent(e.url))
      .filter((u) => u.includes('receivedDateTime ge'))
      .map((u) => Date.parse(/receivedDateTime ge (\S+?Z)/.exec(u)?.[1] ?? ''));
    expect(filters.length).toBeGreaterThan(0);
    expect(filters.every((at) => at > sentAt + 24 * 3600_000)).toBe(true);
    const other = openSessionDevice(wb, t.id, 'B');
    const before = wb.state(t.id).log.length;
    await replySweep(t.deps(other), t.now());
    const fromSend = wb
      .state(t.id)
      .log.slice(before)
      .map((e) => decodeURIComponent(e.url))
      .filter((u) => u.includes('receivedDateTime ge'))
      .map((u) => Date.parse(/receivedDateTime ge (\S+?Z)/.exec(u)?.[1] ?? ''));
    expect(fromSend.every((at) => at <= sentAt)).toBe(true);
  });

  it('sends its queries in $batch round trips', async () => {
    const t = setup();
    for (const to of [PRIYA, MARCUS])
      await flagAndSend(wb, t.id, t.device, { to: [to], subject: `Plan for ${to.name}` });
    await sentCopyFind(t.deps(), t.now());
    const before = wb.state(t.id).log.length;
    await replySweep(t.deps(), t.now());
    const log = wb.state(t.id).log.slice(before);
    expect(log.filter((e) => e.batch === undefined).map((e) => e.url)).toEqual(['/$batch']);
    expect(log.filter((e) => e.batch !== undefined)).toHaveLength(4);
  });
});
