import { openDevice, openFolder, openMessage, paneFrame, ribbonButton } from './devicePage';
import { expect, test } from './fixtures';

test.beforeEach(async ({ wb }) => {
  await wb.settings({ addinPages: 'test' });
});

test('an unpinned pane closes when another message is selected', async ({ page, session }) => {
  await openDevice(page, session);
  await openMessage(page, /RE: Site visit dates/);
  await ribbonButton(page, 'Follow-up plan');
  await paneFrame(page);
  await openMessage(page, /Northwind all-hands/);
  await expect(page.getByRole('complementary', { name: 'Task pane' })).toBeHidden();
});

test('a pinned pane stays and gets ItemChanged with the new item', async ({ page, session }) => {
  await openDevice(page, session);
  await openMessage(page, /RE: Site visit dates/);
  await ribbonButton(page, 'Follow-up plan');
  const pin = page
    .getByRole('complementary', { name: 'Task pane' })
    .getByRole('button', { pressed: false })
    .first();
  await pin.click();
  await expect(
    page.getByRole('complementary', { name: 'Task pane' }).getByRole('button', { pressed: true }),
  ).toBeVisible();
  const pane = await paneFrame(page);
  await openMessage(page, /Northwind all-hands/);
  await expect(pane.getByTestId('item-subject')).toHaveText('Northwind all-hands: Thursday agenda');
  // A folder change leaves nothing selected: the pinned pane gets ItemChanged with a null item.
  await openFolder(page, 'Sent Items');
  await expect(pane.getByTestId('item-subject')).toHaveText('(no item)');
  await openMessage(page, /Renewal terms/);
  await expect(pane.getByTestId('item-subject')).toHaveText('Renewal terms for 2027');
  const events = await pane.evaluate(
    () => (window as unknown as { __workbenchEvents: string[] }).__workbenchEvents,
  );
  expect(events.filter((e) => e === 'ItemChanged')).toHaveLength(3);
  expect(await pane.evaluate(() => Office.context.mailbox.item?.itemId)).toBe('sent-fabrikam');
});

test('a pane from VersionOverrides 1.0 (older client) cannot be pinned', async ({ page, session, wb }) => {
  await wb.settings({ requirementLevel: '1.3' });
  await openDevice(page, session);
  await openMessage(page, /RE: Site visit dates/);
  await ribbonButton(page, 'Follow-up plan');
  await paneFrame(page);
  const pane = page.getByRole('complementary', { name: 'Task pane' });
  await expect(pane.getByRole('button', { name: /Pin/ })).toHaveCount(0);
  await expect(pane.getByRole('button', { name: 'Close' })).toBeVisible();
});

test('the narrow pane is 320 px wide', async ({ page, session }) => {
  await openDevice(page, session);
  await openMessage(page, /RE: Site visit dates/);
  await ribbonButton(page, 'Follow-up plan');
  const pane = page.getByRole('complementary', { name: 'Task pane' });
  await page.getByRole('button', { name: 'Controls' }).click();
  await page.getByRole('switch', { name: 'Narrow task pane (320 px)' }).click();
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await pane.boundingBox())?.width).toBe(320);
});
