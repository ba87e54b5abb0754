/**
 * The workbench raises RecipientsChanged (Mailbox 1.7) on the message being composed, as Outlook does,
 * so the pane's compose preview (paneEvents.onRecipientsChanged) follows To/Cc while the user types;
 * an older client has no item.addHandlerAsync (the adapter then never fires and the pane reads
 * recipients on demand).
 */
import { fillCompose, openDevice, paneFrame, ribbonButton } from './devicePage';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __recipientsChanged?: unknown[];
  }
}

test('typing in To raises RecipientsChanged with the changed lines', async ({ page, session }) => {
  await openDevice(page, session);
  await page.getByRole('button', { name: 'New mail' }).click();
  await ribbonButton(page, 'Follow-up plan');
  const pane = await paneFrame(page);
  const status = await pane.evaluate(
    () =>
      new Promise<string>((resolve) => {
        window.__recipientsChanged = [];
        const item = Office.context.mailbox.item as Office.MessageCompose;
        item.addHandlerAsync(
          Office.EventType.RecipientsChanged,
          (args: unknown) => window.__recipientsChanged!.push(args),
          (r) => resolve(r.status as unknown as string),
        );
      }),
  );
  expect(status).toBe('succeeded');
  await fillCompose(page, { to: 'Priya Raman <priya.raman@contoso.example>' });
  await page.getByRole('form').getByRole('textbox', { name: 'To', exact: true }).press('Enter');
  await expect
    .poll(() => pane.evaluate(() => window.__recipientsChanged?.at(-1)))
    .toEqual({ type: 'olkRecipientsChanged', changedRecipientFields: { to: true, cc: false, bcc: false } });
});

test('a client below Mailbox 1.7 has no item events', async ({ page, session, wb }) => {
  await wb.settings({ requirementLevel: '1.6' });
  await openDevice(page, session);
  await page.getByRole('button', { name: 'New mail' }).click();
  await ribbonButton(page, 'Follow-up plan');
  const pane = await paneFrame(page);
  expect(
    await pane.evaluate(() => typeof (Office.context.mailbox.item as Office.MessageCompose).addHandlerAsync),
  ).toBe('undefined');
});
