import { openDevice, openFolder, openMessage } from './devicePage';
import { expect, test } from './fixtures';

test('the read and compose ribbons carry the manifest buttons with labels, icons and supertips', async ({
  page,
  session,
}) => {
  await openDevice(page, session);
  await openFolder(page, 'Sent Items');
  await openMessage(page, /Renewal terms for 2027/);
  const read = page.getByRole('toolbar', { name: 'Message ribbon' });
  const group = read.getByRole('group', { name: 'ReachPlan' });
  const pane = group.getByRole('button', { name: 'Follow-up plan' });
  await expect(pane.locator('img')).toHaveAttribute('src', '/assets/icon-32.png');
  expect(await pane.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(32);
  await pane.hover();
  await expect(page.getByRole('tooltip')).toContainText("See this message's follow-up plan");

  await page.getByRole('button', { name: 'New mail' }).click();
  const compose = page
    .getByRole('toolbar', { name: 'Compose ribbon' })
    .getByRole('group', { name: 'ReachPlan' });
  await expect(compose.getByRole('button')).toHaveText(['Remind me if no reply', 'Follow-up plan']);
  await compose.getByRole('button', { name: 'Remind me if no reply' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Track this message');
});

test('an ExecuteFunction button runs its function in a hidden commands frame, bound to the item, until completed()', async ({
  page,
  session,
  wb,
}) => {
  await wb.settings({ addinPages: 'test' });
  await wb.testHandlers({
    remindIfNoReply: {
      action: 'complete',
      delayMs: 600,
      notification: { key: 'plan', message: 'First reminder Tue 09:00' },
    },
  });
  await openDevice(page, session);
  await page.getByRole('button', { name: 'New mail' }).click();
  await page.getByRole('button', { name: 'Remind me if no reply' }).click();
  await expect(page.getByText('ReachPlan is working on your Remind me if no reply request.')).toBeVisible();
  // The button's own frame: opening the compose form also ran OnNewMessageCompose in a frame of its own.
  const frame = page.locator('iframe[data-workbench-run][title="Add-in function remindIfNoReply"]');
  await expect(frame).toHaveCount(1);
  await expect(page.locator('[data-notification-key="plan"]')).toContainText('First reminder Tue 09:00');
  await expect(page.getByText('ReachPlan is working on your Remind me if no reply request.')).toBeHidden();
  await expect(frame).toHaveCount(0);
  const completed = await wb.logOf('command.completed');
  expect(completed).toEqual([
    expect.objectContaining({
      detail: {
        controlId: 'RemindIfNoReplyButton',
        functionName: 'remindIfNoReply',
        options: null,
        handlerMs: expect.any(Number),
      },
    }),
  ]);
});

test('a function that never calls completed() times out as Outlook reports it', async ({
  page,
  session,
  wb,
}) => {
  await wb.settings({ addinPages: 'test', commandTimeoutSeconds: 1 });
  await wb.testHandlers({ remindIfNoReply: { action: 'never' } });
  await openDevice(page, session);
  await page.getByRole('button', { name: 'New mail' }).click();
  await page.getByRole('button', { name: 'Remind me if no reply' }).click();
  await expect(
    page.getByText("ReachPlan didn't finish your Remind me if no reply request in time."),
  ).toBeVisible();
  await expect(page.locator('iframe[data-workbench-run]')).toHaveCount(0);
  expect(await wb.logOf('command.timedOut')).toHaveLength(1);
  expect(await wb.logOf('command.completed')).toHaveLength(0);
});

test('the real commands bundle answers its button: the function completes', async ({ page, session, wb }) => {
  await openDevice(page, session);
  await page.getByRole('button', { name: 'New mail' }).click();
  await page.getByRole('button', { name: 'Remind me if no reply' }).click();
  await expect.poll(async () => (await wb.logOf('command.completed')).length).toBe(1);
});
