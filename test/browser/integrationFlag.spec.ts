/**
 * The compose button and the send, with the real add-in and commands bundle in the workbench: the flag
 * line (≤ 150 characters, the first reminder in the user's zone), a second press cancels, no recipient
 * yet, and what a send leaves behind (the follow-up with its planned times in roaming settings, the
 * record on the sent copy).
 */
import { composeStateDecode } from '../../src/shared/app/composeState';
import { planPreview } from '../../src/shared/app/planPreview';
import { settingsDefault } from '../../src/shared/app/settingsDefault';
import { ladderPlan } from '../../src/shared/domain/ladderPlan';
import { localTimeFormat } from '../../src/shared/domain/localTimeFormat';
import { contactDefault } from '../../src/shared/domain/contactDefault';
import { fillCompose, openDevice } from './devicePage';
import { expect, test } from './fixtures';
import {
  PRIYA,
  PRIYA_EMAIL,
  USER_ZONE,
  compose,
  draftOf,
  flagAndSend,
  followUpInRoaming,
  notice,
  pressRemind,
  roamingFollowUps,
  sendAndWait,
  sentCopyRecord,
} from './integrationSupport';

const DANA = 'dana@northwind.example';

// The browser's zone is not the mailbox's (a traveller on Outlook on the web): the add-in must plan in
// Outlook's zone (userProfile.timeZone, Windows format), not in the runtime's.
test.use({ timezoneId: 'America/New_York' });

test("the button flags the message: the line names the first reminder in the user's zone, the draft keeps the flag", async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  await compose(page, { to: PRIYA, subject: 'Proposal for Contoso', body: 'Could you confirm by Friday?' });
  const flaggedAt = (await wb.clock()).nowMs;
  await pressRemind(page, wb);

  const draft = await draftOf(wb, 'Proposal for Contoso');
  const line = await notice(wb, draft.id, 'rp-flag');
  const preview = planPreview(
    { to: [{ displayName: 'Priya Raman', emailAddress: PRIYA_EMAIL }], cc: [] },
    DANA,
    'prompt',
    flaggedAt,
    settingsDefault(USER_ZONE),
    () => undefined,
  );
  if (!preview.ok) throw new Error(preview.reason);
  // Friday 09:00 in Berlin + 48 h is a Sunday: the first reminder opens Dana's Monday at 09:00 (Berlin, not UTC).
  const when = localTimeFormat(USER_ZONE, preview.value.plan.steps[0]!.dueAt);
  expect(when).toBe('Mon 23 Nov 09:00');
  expect(line).toBe(`ReachPlan: reminder ${when} if Priya doesn't reply. Press again to cancel.`);
  expect(line!.length).toBeLessThanOrEqual(150);
  expect(composeStateDecode(draft.customProperties['rpc']).flag).toMatchObject({ ladder: 'prompt' });
  expect(draft.draft?.saved).toBe(true);
  await expect(page.getByText(line!)).toBeVisible();
});

test('a second press before sending cancels and says so; the message then goes untracked', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  await compose(page, { to: PRIYA, subject: 'Changed my mind' });
  await pressRemind(page, wb);
  await pressRemind(page, wb);
  const draft = await draftOf(wb, 'Changed my mind');
  expect(await notice(wb, draft.id, 'rp-flag')).toBe(
    'ReachPlan: no longer tracking this message. Press "Remind me if no reply" to track it again.',
  );
  expect(composeStateDecode(draft.customProperties['rpc']).flag).toBeUndefined();
  const sent = await sendAndWait(page, wb, 'Changed my mind');
  expect(sent.customProperties['rp']).toBeUndefined();
  expect((await wb.logOf('event.completed')).at(-1)?.detail['options']).toEqual({ allowEvent: true });
  expect(await roamingFollowUps(wb)).toEqual([]);
});

test('no recipient yet: the flag is kept, the line says the plan is made at send, and the send makes it', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  await compose(page, { subject: 'Quote for the workshop', body: 'Could you confirm the date?' });
  await pressRemind(page, wb);
  const draft = await draftOf(wb, 'Quote for the workshop');
  expect(await notice(wb, draft.id, 'rp-flag')).toBe(
    'ReachPlan: tracking this message. The plan is made when you send. Press again to cancel.',
  );
  await fillCompose(page, { to: 'Marcus Oyelaran <marcus@fabrikam.example>' });
  await sendAndWait(page, wb, 'Quote for the workshop');
  const followUp = await followUpInRoaming(wb, (f) => f.subject === 'Quote for the workshop');
  expect(followUp.recipients.map((r) => r.email)).toEqual(['marcus@fabrikam.example']);
});

test('send commits the follow-up: planned times in roaming settings, the record on the sent copy', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  const { sent, followUp } = await flagAndSend(page, wb, { to: PRIYA, subject: 'Renewal terms' });

  expect(followUp).toMatchObject({
    state: 'waiting',
    ladder: 'prompt',
    recipients: [{ email: PRIYA_EMAIL, name: 'Priya Raman' }],
  });
  // The planned times are the planner's for this send time, contact and user (nothing on the device decides them).
  const user = settingsDefault(USER_ZONE).user;
  const plan = ladderPlan({
    sentAt: followUp.sentAt,
    ladder: 'prompt',
    contact: contactDefault({ email: PRIYA_EMAIL, name: 'Priya Raman' }, user),
    user,
  });
  expect(followUp.steps.map((s) => [s.kind, s.channel, s.dueAt])).toEqual(
    plan.steps.map((s) => [s.kind, s.channel, s.dueAt]),
  );
  expect(Math.abs(followUp.sentAt - Date.parse(sent.sentAt))).toBeLessThan(120_000);

  const record = sentCopyRecord(sent);
  expect(record).toMatchObject({ id: followUp.id, subject: 'Renewal terms', state: 'waiting' });
  expect(typeof record === 'object' && record.steps.map((s) => s.dueAt)).toEqual(
    followUp.steps.map((s) => s.dueAt),
  );
  const completions = await wb.logOf('event.completed');
  expect(completions.map((e) => [e.detail['type'], e.detail['options']])).toEqual([
    ['OnNewMessageCompose', null],
    ['OnMessageSend', { allowEvent: true }],
  ]);
});
