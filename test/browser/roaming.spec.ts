import type { Frame, Page } from '@playwright/test';
import { deviceSynced, openDevice, openPaneOn, paneFrame, ribbonButton } from './devicePage';
import { expect, test } from './fixtures';

async function openPane(page: Page, session: string): Promise<Frame> {
  await openDevice(page, session);
  return openPaneOn(page, /RE: Site visit dates/);
}

/** In the pane: roamingSettings.set(key, a string of `length` x's), then saveAsync; the AsyncResult's status and error. */
function setAndSave(pane: Frame, key: string, length: number) {
  return pane.evaluate(
    ([k, n]) =>
      new Promise<{ status: string; error?: { code: number; name: string; message: string } }>((resolve) => {
        Office.context.roamingSettings.set(k, 'x'.repeat(n));
        Office.context.roamingSettings.saveAsync((r) =>
          resolve({ status: r.status as unknown as string, ...(r.error ? { error: { ...r.error } } : {}) }),
        );
      }),
    [key, length] as const,
  );
}

/** The value length whose collection {"k":"\"x…\""} is exactly `total` characters, as Outlook counts it. */
const valueLength = (total: number) => total - JSON.stringify({ k: JSON.stringify('') }).length;

test.beforeEach(async ({ wb }) => {
  await wb.settings({ addinPages: 'test' });
});

test('roaming settings save at exactly 32 KB and fail with 9019 at 32 KB + 1', async ({
  page,
  session,
  wb,
}) => {
  const pane = await openPane(page, session);
  expect(await setAndSave(pane, 'k', valueLength(32 * 1024))).toEqual({ status: 'succeeded' });
  const stored = await wb.roaming();
  expect(stored.characters).toBe(32 * 1024);
  expect(stored.lastWriter).toBe('A');

  expect(await setAndSave(pane, 'k', valueLength(32 * 1024 + 1))).toEqual({
    status: 'failed',
    error: { code: 9019, name: 'GenericSettingsError', message: '' },
  });
  expect((await wb.roaming()).revision).toBe(stored.revision);
});

test('an injected fault fails the next save with 9019 and then saves again; a smaller quota is honoured', async ({
  page,
  session,
  wb,
}) => {
  const pane = await openPane(page, session);
  await wb.addFault({ kind: 'roamingSaveFails', remaining: 1 });
  expect(await setAndSave(pane, 'plan', 10)).toMatchObject({ status: 'failed', error: { code: 9019 } });
  expect(await setAndSave(pane, 'plan', 10)).toEqual({ status: 'succeeded' });
  expect((await wb.roaming()).values).toEqual({ plan: JSON.stringify('x'.repeat(10)) });

  await wb.settings({ roamingQuota: 200 });
  await deviceSynced(page, wb);
  expect(await setAndSave(pane, 'plan', 300)).toMatchObject({ status: 'failed', error: { code: 9019 } });
});

test('classic Outlook throws 9057 from set() past the quota', async ({ page, session, wb }) => {
  await wb.settings({ roamingSetThrows: true });
  const pane = await openPane(page, session);
  const thrown = await pane.evaluate(
    (n) => {
      try {
        Office.context.roamingSettings.set('k', 'x'.repeat(n));
        return null;
      } catch (error: unknown) {
        return (error as { code?: number }).code ?? -1;
      }
    },
    valueLength(32 * 1024 + 1),
  );
  expect(thrown).toBe(9057);
});

test('values load once, when the add-in starts: a change stored meanwhile shows only after reopening', async ({
  page,
  session,
  wb,
}) => {
  await wb.setRoaming({ plan: { v: 1 } });
  const pane = await openPane(page, session);
  await wb.setRoaming({ plan: { v: 2 } });
  expect(await pane.evaluate(() => Office.context.roamingSettings.get('plan') as unknown)).toEqual({ v: 1 });

  await page.getByRole('complementary', { name: 'Task pane' }).getByRole('button', { name: 'Close' }).click();
  await ribbonButton(page, 'Follow-up plan');
  const reopened = await paneFrame(page);
  expect(await reopened.evaluate(() => Office.context.roamingSettings.get('plan') as unknown)).toEqual({
    v: 2,
  });
});
