import type { Frame, Page } from '@playwright/test';
import { openDevice, openFolder, openPaneOn } from './devicePage';
import { expect, test } from './fixtures';

function otherOrigin(page: Page): string {
  const url = new URL(page.url());
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

const openPane = (page: Page) => openPaneOn(page, /RE: Site visit dates/);

function save(pane: Frame, key: string, value: unknown): Promise<string> {
  return pane.evaluate(
    ([k, v]) =>
      new Promise<string>((resolve) => {
        Office.context.roamingSettings.set(k, v);
        Office.context.roamingSettings.saveAsync((r) => resolve(r.status as unknown as string));
      }),
    [key, value] as const,
  );
}

test.beforeEach(async ({ wb }) => {
  await wb.settings({ addinPages: 'test' });
});

test('two devices share the mailbox and the roaming store, each with its own loaded copy: the last writer wins', async ({
  page,
  context,
  session,
  wb,
}) => {
  await openDevice(page, session, { device: 'A' });
  const pageB = await context.newPage();
  const problemsB: string[] = [];
  pageB.on('pageerror', (e) => problemsB.push(e.message));
  await openDevice(pageB, session, { device: 'B', origin: otherOrigin(page) });
  await expect(pageB.getByText('Device B')).toBeVisible();

  const paneA = await openPane(page);
  const paneB = await openPane(pageB);
  expect(await save(paneA, 'plan', { by: 'A' })).toBe('succeeded');
  // B loaded its copy before A saved: it does not see A's plan…
  expect(await paneB.evaluate(() => Office.context.roamingSettings.get('plan') as unknown)).toBeUndefined();
  // …and its save replaces the whole collection.
  expect(await save(paneB, 'note', { by: 'B' })).toBe('succeeded');
  const stored = await wb.roaming();
  expect(Object.keys(stored.values)).toEqual(['note']);
  expect(stored.lastWriter).toBe('B');

  // Reopened, A sees what B left.
  await page.getByRole('complementary', { name: 'Task pane' }).getByRole('button', { name: 'Close' }).click();
  const reopened = await openPane(page);
  expect(
    await reopened.evaluate(
      () =>
        [Office.context.roamingSettings.get('plan'), Office.context.roamingSettings.get('note')] as unknown,
    ),
  ).toEqual([undefined, { by: 'B' }]);
  expect(problemsB).toEqual([]);
});

test('each device has its own localStorage; a message sent on one shows on the other', async ({
  page,
  context,
  session,
}) => {
  await openDevice(page, session, { device: 'A' });
  const pageB = await context.newPage();
  await openDevice(pageB, session, { device: 'B', origin: otherOrigin(page) });
  const paneA = await openPane(page);
  const paneB = await openPane(pageB);
  await paneA.evaluate(() => localStorage.setItem('reachplan.pending', 'from A'));
  expect(await paneB.evaluate(() => localStorage.getItem('reachplan.pending'))).toBeNull();
  expect(await paneA.evaluate(() => Office.context.partitionKey)).not.toBe(
    await paneB.evaluate(() => Office.context.partitionKey),
  );

  await page.getByRole('button', { name: 'New mail' }).click();
  await page.getByRole('form').getByRole('textbox', { name: 'To', exact: true }).fill('kenji@adatum.example');
  await page.getByRole('form').getByRole('textbox', { name: 'Subject' }).fill('Sent from A');
  await page.getByRole('toolbar', { name: 'Compose ribbon' }).getByRole('button', { name: 'Send' }).click();
  await openFolder(pageB, 'Sent Items');
  await expect(
    pageB.getByRole('list', { name: 'Message list' }).getByRole('button', { name: /Sent from A/ }),
  ).toBeVisible();
});

test('the side-by-side page shows device A here and device B on the other loopback name', async ({
  page,
  session,
}) => {
  await page.goto(`/workbench/?session=${session}&layout=two`);
  const a = page.frameLocator('iframe[title="Device A"]');
  const b = page.frameLocator('iframe[title="Device B"]');
  await expect(a.getByText('Device A')).toBeVisible();
  await expect(b.getByText('Device B')).toBeVisible();
  const src = await page.locator('iframe[title="Device B"]').getAttribute('src');
  expect(new URL(src ?? '').hostname).toBe('localhost');
});
