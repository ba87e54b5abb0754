import type { Page } from '@playwright/test';
import { fillCompose, openDevice, pressSend } from './devicePage';
import { expect, test } from './fixtures';

async function composeAndSend(page: Page, subject: string): Promise<void> {
  await page.getByRole('button', { name: 'New mail' }).click();
  await fillCompose(page, { to: 'marcus@fabrikam.example', subject });
  await pressSend(page);
}

const dialog = (page: Page) => page.getByRole('alertdialog');

test.beforeEach(async ({ wb }) => {
  await wb.settings({ addinPages: 'test' });
});

test('OnNewMessageCompose runs when a compose form opens; OnMessageSend allowEvent true sends', async ({
  page,
  session,
  wb,
}) => {
  await wb.testHandlers({ onMessageSend: { action: 'complete', options: { allowEvent: true } } });
  await openDevice(page, session);
  await composeAndSend(page, 'Allowed');
  await expect(page.getByRole('form')).toBeHidden();
  expect((await wb.messages('sent')).some((m) => m.subject === 'Allowed')).toBe(true);
  const log = await wb.log();
  expect(log.filter((e) => e.kind === 'event.completed').map((e) => e.detail['type'])).toEqual([
    'OnNewMessageCompose',
    'OnMessageSend',
  ]);
});

test('allowEvent false blocks with the message in the Smart Alerts dialog; PromptUser offers Send Anyway', async ({
  page,
  session,
  wb,
}) => {
  await wb.testHandlers({
    onMessageSend: {
      action: 'complete',
      options: { allowEvent: false, errorMessage: 'This reads like bad news. Call Marcus first?' },
    },
  });
  await openDevice(page, session);
  await composeAndSend(page, 'Bad news');
  await expect(dialog(page)).toContainText('ReachPlan');
  await expect(page.getByTestId('smart-alert-message')).toHaveText(
    'This reads like bad news. Call Marcus first?',
  );
  await dialog(page).getByRole('button', { name: "Don't Send" }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('form')).toBeVisible();
  expect((await wb.messages('sent')).some((m) => m.subject === 'Bad news')).toBe(false);

  await pressSend(page);
  await dialog(page).getByRole('button', { name: 'Send Anyway' }).click();
  await expect(page.getByRole('form')).toBeHidden();
  expect((await wb.messages('sent')).some((m) => m.subject === 'Bad news')).toBe(true);
  expect((await wb.logOf('smartAlert.choice')).map((e) => e.detail['button'])).toEqual([
    'dontSend',
    'sendAnyway',
  ]);
});

test('Take Action opens the task pane named by commandId and keeps the message', async ({
  page,
  session,
  wb,
}) => {
  await wb.testHandlers({
    onMessageSend: {
      action: 'complete',
      options: {
        allowEvent: false,
        errorMessage: 'Plan a follow-up?',
        cancelLabel: 'Open plan',
        commandId: 'ComposeTaskpaneButton',
      },
    },
  });
  await openDevice(page, session);
  await composeAndSend(page, 'Take action');
  await dialog(page).getByRole('button', { name: 'Open plan' }).click();
  await expect(page.getByRole('complementary', { name: 'Task pane' })).toBeVisible();
  await expect(page.getByRole('form')).toBeVisible();
});

test('a handler that never completes: "taking longer", then the time limit, and the message stays', async ({
  page,
  session,
  wb,
}) => {
  await wb.settings({ longRunningNoticeSeconds: 0.2, onSendTimeoutSeconds: 1.5 });
  await wb.testHandlers({ onMessageSend: { action: 'never' } });
  await openDevice(page, session);
  await composeAndSend(page, 'Stuck');
  await expect(page.getByTestId('smart-alert-message')).toHaveText(
    'ReachPlan is taking longer than expected to check your message.',
  );
  await expect(page.getByTestId('smart-alert-message')).toContainText(
    "couldn't finish checking your message in time",
  );
  await dialog(page).getByRole('button', { name: "Don't Send" }).click();
  await expect(page.getByRole('form')).toBeVisible();
  expect(await wb.logOf('event.timeout')).toHaveLength(1);
  expect((await wb.messages('sent')).some((m) => m.subject === 'Stuck')).toBe(false);
});

test('an older client (Mailbox 1.8) fires no launch events: the message goes without a check', async ({
  page,
  session,
  wb,
}) => {
  await wb.settings({ requirementLevel: '1.8' });
  await wb.testHandlers({ onMessageSend: { action: 'complete', options: { allowEvent: false } } });
  await openDevice(page, session);
  await composeAndSend(page, 'Old client');
  await expect(page.getByRole('form')).toBeHidden();
  expect((await wb.messages('sent')).some((m) => m.subject === 'Old client')).toBe(true);
  expect(await wb.logOf('event.start')).toHaveLength(0);
});

test('an add-in whose function file does not start is reported unavailable, and the user can send anyway', async ({
  page,
  session,
  wb,
}) => {
  await wb.settings({ addinPages: 'manifest' });
  await openDevice(page, session);
  // The real function file registers onMessageSend; a missing page shows the same path as a broken add-in.
  await page.route('**/commands.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<p>gone</p>' }),
  );
  await composeAndSend(page, 'Unavailable');
  await expect(page.getByTestId('smart-alert-message')).toContainText('is unavailable', { timeout: 20_000 });
  await dialog(page).getByRole('button', { name: 'Send Anyway' }).click();
  await expect(page.getByRole('form')).toBeHidden();
});
