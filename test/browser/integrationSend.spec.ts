/**
 * OnMessageSend and OnNewMessageCompose with the real commands bundle: the one-time Smart Alerts
 * (bad news → call; offer tracking → "Track it"), a roaming save that fails with 9019 during send (the
 * message goes, the follow-up is recovered on the next start from the journal or from the sent
 * copy's record), and the compose insight once something is due.
 */
import type { Page } from '@playwright/test';
import { openDevice, openFolder, openMessage, paneFrame, pressSend, ribbonButton } from './devicePage';
import { expect, test } from './fixtures';
import {
  PRIYA,
  compose,
  draftOf,
  flagAndSend,
  followUpInRoaming,
  notice,
  pressRemind,
  roamingFollowUps,
  roamingWithSettings,
  sendAndWait,
  sentCopyRecord,
} from './integrationSupport';

const BAD_NEWS =
  'Hi Priya, I am sorry: the delivery we promised for Friday is late and will not arrive until next week.';
const dialog = (page: Page) => page.getByRole('alertdialog');

test('bad news: the call suggestion shows once per message; Send Anyway sends', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  await compose(page, { to: PRIYA, subject: 'Delivery update', body: BAD_NEWS });
  await pressSend(page);
  await expect(page.getByTestId('smart-alert-message')).toContainText('a call lands better than an email');
  await dialog(page).getByRole('button', { name: "Don't Send" }).click();
  await expect(page.getByRole('form')).toBeVisible();
  // The same message again: no second alert.
  await sendAndWait(page, wb, 'Delivery update');
  expect(await wb.logOf('smartAlert.shown')).toHaveLength(1);

  await compose(page, { to: PRIYA, subject: 'Delivery update 2', body: BAD_NEWS });
  await pressSend(page);
  await expect(page.getByTestId('smart-alert-message')).toContainText('a call lands better than an email');
  await dialog(page).getByRole('button', { name: 'Send Anyway' }).click();
  await expect(page.getByRole('form')).toBeHidden();
  expect((await wb.messages('sent')).some((m) => m.subject === 'Delivery update 2')).toBe(true);
  const shown = await wb.logOf('smartAlert.shown');
  expect(shown).toHaveLength(2);
  expect(shown[1]?.detail['buttons']).toEqual(expect.arrayContaining(['sendAnyway', 'takeAction']));
});

test('offer tracking (switched on): "Track it" flags the message, the next send commits it', async ({
  page,
  session,
  wb,
}) => {
  await roamingWithSettings(wb, { offerTracking: true });
  await openDevice(page, session);
  await compose(page, {
    to: 'Marcus Oyelaran <marcus@fabrikam.example>',
    subject: 'Signed order form',
    body: 'Hi Marcus, could you send me the signed order form by Thursday?',
  });
  await pressSend(page);
  await expect(page.getByTestId('smart-alert-message')).toHaveText(
    'This message asks Marcus for something. Track it and ReachPlan reminds you if there\'s no reply: choose "Track it", then send again.',
  );
  await dialog(page).getByRole('button', { name: 'Track it' }).click();
  await expect.poll(async () => (await wb.logOf('command.completed')).length).toBe(1);
  const draft = await draftOf(wb, 'Signed order form');
  expect(await notice(wb, draft.id, 'rp-flag')).toMatch(/^ReachPlan: reminder .* if Marcus doesn't reply\./);
  await sendAndWait(page, wb, 'Signed order form');
  const followUp = await followUpInRoaming(wb, (f) => f.subject === 'Signed order form');
  expect(followUp.recipients[0]?.email).toBe('marcus@fabrikam.example');
  expect(await wb.logOf('smartAlert.shown')).toHaveLength(1);
});

test('a 9019 on every roaming save during send: the message goes; the next start replays the journal', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  await wb.addFault({ kind: 'roamingSaveFails', remaining: -1 });
  const { sent } = await flagAndSendWithoutRoaming(page, wb, 'Pilot pricing');
  await handlerGone(page);
  expect(await wb.logOf('roaming.saveFailed')).not.toHaveLength(0);
  expect(await roamingFollowUps(wb)).toEqual([]);
  expect(sentCopyRecord(sent)).toMatchObject({ subject: 'Pilot pricing' });
  await wb.clearFaults();

  // Next start on this device: the pane loads, replays its journal and saves.
  await openFolder(page, 'Inbox');
  await openMessage(page, /Northwind all-hands/);
  await ribbonButton(page, 'Follow-up plan');
  await paneFrame(page);
  const recovered = await followUpInRoaming(wb, (f) => f.subject === 'Pilot pricing');
  expect(recovered.id).toBe((sentCopyRecord(sent) as { id: string }).id);
});

test('a 9019 during send on a client without a journal: opening the sent copy restores the follow-up from its record', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  await wb.addFault({ kind: 'roamingSaveFails', remaining: -1 });
  const { sent } = await flagAndSendWithoutRoaming(page, wb, 'Pilot pricing');
  await handlerGone(page);
  expect(await roamingFollowUps(wb)).toEqual([]);
  await wb.clearFaults();
  // Classic Outlook's event runtime keeps no journal: forget this device's storage.
  await page.evaluate(() => localStorage.clear());

  await openFolder(page, 'Sent Items');
  await openMessage(page, /Pilot pricing/);
  await ribbonButton(page, 'Follow-up plan');
  await paneFrame(page);
  const recovered = await followUpInRoaming(wb, (f) => f.subject === 'Pilot pricing');
  const record = sentCopyRecord(sent);
  expect(typeof record === 'object' && recovered.steps.map((s) => s.dueAt)).toEqual(
    typeof record === 'object' && record.steps.map((s) => s.dueAt),
  );
  await expect
    .poll(() => notice(wb, sent.id, 'rp-status'))
    .toMatch(/^ReachPlan: waiting for Priya\. Next: reminder/);
});

test('OnNewMessageCompose shows the insight once something is due (after a clock jump), nothing before', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  await flagAndSend(page, wb, { to: PRIYA, subject: 'Kick-off agenda' });
  await compose(page, { subject: 'Nothing due yet' });
  await expect.poll(async () => (await wb.logOf('event.completed')).length).toBe(3);
  const early = (await wb.messages('drafts')).find((m) => m.draft && m.subject === '');
  expect(early?.notifications ?? []).toEqual([]);
  await page.getByRole('button', { name: 'Discard' }).click();

  await wb.advanceClock({ days: 3, hours: 1 });
  await compose(page, {});
  let insight;
  await expect
    .poll(async () => {
      const draft = (await wb.messages('drafts')).find((m) => m.draft && m.notifications.length > 0);
      insight = draft?.notifications.find((n) => n.key === 'rp-due');
      return insight?.message;
    })
    .toBe('ReachPlan: 1 follow-up is due. Open the plan to send it.');
  expect(insight).toMatchObject({
    type: 'insightMessage',
    actions: [{ actionText: 'Open ReachPlan', commandId: 'ComposeTaskpaneButton' }],
  });
  await page.getByRole('button', { name: 'Open ReachPlan' }).click();
  await paneFrame(page);
});

/** Waits until the send's function frame is gone (its save retries die with it, as the runtime ends). */
async function handlerGone(page: Page): Promise<void> {
  await expect(page.locator('iframe[data-workbench-run]')).toHaveCount(0, { timeout: 10_000 });
}

/** Flags and sends while roaming saves fail: the send must still go within the handler's budget. */
async function flagAndSendWithoutRoaming(page: Page, wb: Parameters<typeof sendAndWait>[1], subject: string) {
  await compose(page, { to: PRIYA, subject, body: 'Could you confirm the pilot pricing by Friday?' });
  await pressRemind(page, wb);
  const sent = await sendAndWait(page, wb, subject);
  expect((await wb.logOf('event.completed')).at(-1)?.detail['options']).toEqual({ allowEvent: true });
  return { sent };
}
