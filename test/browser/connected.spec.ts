/**
 * Connected mode's Done-when, in the workbench with the real add-in: a reply the user never opened
 * clears its plan; due steps exist as To Do tasks with reminders and go when done; wiping roaming
 * settings and pressing "Rebuild from mailbox" loses nothing. Graph is the workbench's loopback
 * endpoint, reached through MSAL's real API over the nested app authentication bridge.
 */
import { GraphStateApi } from './connectedGraphApi';
import {
  connectedOn,
  flagAndSend,
  lastCheck,
  openConnectedSettings,
  roamingFollowUps,
} from './connectedSteps';
import { openDevice, openFolder, openMessage, pressSend } from './devicePage';
import { expect, test } from './fixtures';

const PRIYA = 'Priya Raman <priya.raman@contoso.example>';
const MARCUS = 'Marcus Oyelaran <marcus@fabrikam.example>';

test('a reply the user never opened clears its plan, and due steps become To Do reminders', async ({
  page,
  session,
  wb,
  request,
}) => {
  const graph = new GraphStateApi(request, session);
  await openDevice(page, session);
  const answered = await flagAndSend(page, wb, { to: PRIYA, subject: 'Onboarding proposal' });
  const waiting = await flagAndSend(page, wb, { to: MARCUS, subject: 'Renewal terms 2027' });
  const reply = await wb.answer(answered.id, 'replyFromColleague');

  const pane = await openConnectedSettings(page, /Northwind all-hands/);
  await connectedOn(pane);
  await expect.poll(() => lastCheck(pane)).toContain('1 reply cleared its plan');
  await expect(pane.getByText(/Priya – "Onboarding proposal": replied, plan cleared/)).toBeVisible();

  expect((await wb.message(reply.id)).read).toBe(false);
  const plans = await roamingFollowUps(wb);
  const cleared = plans.find((f) => f.subject === 'Onboarding proposal');
  expect(cleared?.state).toBe('replied');
  expect(cleared?.history.at(-1)?.note).toMatch(/^found by sweep: /);
  const open = plans.find((f) => f.subject === 'Renewal terms 2027');
  expect(open?.state).toBe('waiting');

  const tasks = await graph.reachPlanTasks();
  expect(tasks.map((t) => t.title)).toEqual(['Reminder 1: Marcus – Renewal terms 2027']);
  const [task] = tasks;
  expect(task?.isReminderOn).toBe(true);
  expect(Date.parse(`${task?.reminderDateTime?.dateTime.slice(0, 19) ?? ''}Z`)).toBe(open?.steps[0]?.dueAt);
  expect(task?.linkedResources[0]?.webUrl).toContain(encodeURIComponent(waiting.id));
});

test('a step done in Outlook completes its To Do task, and the next step gets one', async ({
  page,
  session,
  wb,
  request,
}) => {
  const graph = new GraphStateApi(request, session);
  await openDevice(page, session);
  await flagAndSend(page, wb, { to: MARCUS, subject: 'Renewal terms 2027' });
  const pane = await openConnectedSettings(page, /Northwind all-hands/);
  await connectedOn(pane);
  await expect.poll(async () => (await graph.reachPlanTasks()).length).toBe(1);

  // Two days later Dana follows up in the thread: sending in a tracked conversation does step 1.
  await wb.advanceClock({ days: 2 });
  await openFolder(page, 'Sent Items');
  await openMessage(page, /Renewal terms 2027/);
  await page
    .getByRole('toolbar', { name: 'Message ribbon' })
    .getByRole('button', { name: 'Reply', exact: true })
    .click();
  await pressSend(page);
  await expect(page.getByRole('form')).toBeHidden();

  // Opening the pane again sweeps, which brings To Do in line with the plan.
  await openFolder(page, 'Inbox');
  await openConnectedSettings(page, /Northwind all-hands/);
  await expect
    .poll(async () => (await graph.reachPlanTasks()).map((t) => [t.title, t.status]))
    .toEqual([
      ['Reminder 1: Marcus – Renewal terms 2027', 'completed'],
      ['Reminder 2: Marcus – Renewal terms 2027', 'notStarted'],
    ]);
});

test('wiping roaming settings and pressing Rebuild from mailbox loses nothing', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  for (const [to, subject] of [
    [PRIYA, 'Onboarding proposal'],
    [MARCUS, 'Renewal terms 2027'],
    ['Sam Carter <sam.carter@wingtip.example>', 'Training schedule review'],
  ] as const) {
    await flagAndSend(page, wb, { to, subject });
  }
  const before = await roamingFollowUps(wb);
  expect(before).toHaveLength(3);

  // Roaming settings lost, on a device that has no local copy either (no journal, no caches).
  await wb.setRoaming({});
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const pane = await openConnectedSettings(page, /Northwind all-hands/);
  await pane.getByRole('switch', { name: 'Use connected mode (Microsoft 365)' }).click();
  await expect(pane.getByTestId('connected-account')).toBeVisible();
  await pane.getByRole('button', { name: 'Rebuild from mailbox' }).click();
  await expect(pane.getByTestId('connected-rebuild-result')).toContainText('3 follow-ups restored');

  await expect
    .poll(async () => (await roamingFollowUps(wb)).map((f) => f.id).sort())
    .toEqual(before.map((f) => f.id).sort());
  const after = new Map((await roamingFollowUps(wb)).map((f) => [f.id, f]));
  for (const original of before) {
    expect(after.get(original.id)).toEqual(
      expect.objectContaining({
        subject: original.subject,
        recipients: original.recipients,
        sentAt: original.sentAt,
        state: original.state,
        steps: original.steps,
      }),
    );
  }
});
