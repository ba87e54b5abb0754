import type { Frame, Page } from '@playwright/test';
import { openDevice, openMessage, openPaneOn, paneFrame, ribbonButton } from './devicePage';
import { expect, test } from './fixtures';

async function openPane(page: Page, session: string, subject: RegExp): Promise<Frame> {
  await openDevice(page, session);
  return openPaneOn(page, subject);
}

test.beforeEach(async ({ wb }) => {
  await wb.settings({ addinPages: 'test' });
});

test('custom properties: saved up to 2,500 characters, a throw beyond, kept on the item', async ({
  page,
  session,
  wb,
}) => {
  const pane = await openPane(page, session, /RE: Site visit dates/);
  const outcome = await pane.evaluate(
    () =>
      new Promise<{ saved: string; thrown: string }>((resolve) => {
        Office.context.mailbox.item?.loadCustomPropertiesAsync((loaded) => {
          const props = loaded.value;
          const overhead = JSON.stringify({ rp: '' }).length;
          props.set('rp', 'x'.repeat(2500 - overhead));
          props.saveAsync((saved) => {
            props.set('rp', 'x'.repeat(2501 - overhead));
            let thrown = 'nothing';
            try {
              props.saveAsync(() => undefined);
            } catch (error: unknown) {
              thrown = (error as Error).name;
            }
            resolve({ saved: saved.status as unknown as string, thrown });
          });
        });
      }),
  );
  expect(outcome).toEqual({ saved: 'succeeded', thrown: 'Sys.ArgumentOutOfRangeException' });
  expect(JSON.stringify((await wb.message('inbox-adatum-reply')).customProperties)).toHaveLength(2500);
});

test('notifications: five per item then 9025, 150 characters then a throw; shown on the item', async ({
  page,
  session,
  wb,
}) => {
  const pane = await openPane(page, session, /RE: Site visit dates/);
  const codes = await pane.evaluate(async () => {
    const add = (key: string, message: string) =>
      new Promise<number>((resolve) =>
        Office.context.mailbox.item?.notificationMessages.addAsync(
          key,
          {
            type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
            message,
            icon: 'Icon.16',
            persistent: key === 'n0',
          },
          (r) => resolve(r.error?.code ?? 0),
        ),
      );
    const results: number[] = [];
    for (let i = 0; i < 6; i += 1) results.push(await add(`n${i}`, `Message ${i}`));
    let thrown = '';
    try {
      Office.context.mailbox.item?.notificationMessages.replaceAsync('n1', {
        type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message: 'm'.repeat(151),
        icon: 'Icon.16',
        persistent: false,
      });
    } catch (error: unknown) {
      thrown = (error as Error).name;
    }
    return { results, thrown };
  });
  expect(codes).toEqual({ results: [0, 0, 0, 0, 0, 9025], thrown: 'Sys.ArgumentOutOfRangeException' });
  await expect(page.locator('[data-notification-type="informationalMessage"]')).toHaveCount(5);
  expect((await wb.notifications('inbox-adatum-reply')).map((n) => n.key)).toEqual([
    'n0',
    'n1',
    'n2',
    'n3',
    'n4',
  ]);
});

test('a persistent informational message stays with the item; the others go when the user moves on', async ({
  page,
  session,
  wb,
}) => {
  const pane = await openPane(page, session, /RE: Site visit dates/);
  await pane.evaluate(async () => {
    const add = (key: string, persistent: boolean) =>
      new Promise<void>((resolve) =>
        Office.context.mailbox.item?.notificationMessages.addAsync(
          key,
          {
            type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
            message: key,
            icon: 'Icon.16',
            persistent,
          },
          () => resolve(),
        ),
      );
    await add('stays', true);
    await add('goes', false);
  });
  await expect(page.locator('[data-notification-key]')).toHaveCount(2);
  await openMessage(page, /Northwind all-hands/);
  await openMessage(page, /RE: Site visit dates/);
  await expect(page.locator('[data-notification-key="stays"]')).toBeVisible();
  await expect(page.locator('[data-notification-key="goes"]')).toHaveCount(0);
  expect((await wb.notifications('inbox-adatum-reply')).map((n) => n.key)).toEqual(['stays']);

  await page.locator('[data-notification-key="stays"]').getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(async () => (await wb.notifications('inbox-adatum-reply')).length).toBe(0);
});

test('an insight message is refused in read mode and shown with its action in compose', async ({
  page,
  session,
}) => {
  const pane = await openPane(page, session, /RE: Site visit dates/);
  const insight = (frame: Frame) =>
    frame.evaluate(
      () =>
        new Promise<number>((resolve) =>
          Office.context.mailbox.item?.notificationMessages.addAsync(
            'insight',
            {
              type: Office.MailboxEnums.ItemNotificationMessageType.InsightMessage,
              message: 'Remind you if Kenji does not answer?',
              icon: 'Icon.16',
              actions: [
                {
                  actionType: 'showTaskPane',
                  actionText: 'Plan it',
                  commandId: 'ComposeTaskpaneButton',
                  contextData: null,
                },
              ],
            },
            (r) => resolve(r.error?.code ?? 0),
          ),
        ),
    );
  expect(await insight(pane)).toBe(9032);
  await page
    .getByRole('toolbar', { name: 'Message ribbon' })
    .getByRole('button', { name: 'Reply', exact: true })
    .click();
  await ribbonButton(page, 'Follow-up plan');
  expect(await insight(await paneFrame(page))).toBe(0);
  await expect(
    page.locator('[data-notification-key="insight"]').getByRole('button', { name: 'Plan it' }),
  ).toBeEnabled();
});
