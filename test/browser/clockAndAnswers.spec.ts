import { openDevice, openFolder, openMessage, openPaneOn } from './devicePage';
import { expect, test } from './fixtures';

test.beforeEach(async ({ wb }) => {
  await wb.settings({ addinPages: 'test' });
});

test('the clock jumps forward: the add-in frames see the moved time and get visibilitychange and focus', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  const pane = await openPaneOn(page, /RE: Site visit dates/);
  const before = await pane.evaluate(() => Date.now());
  expect(Math.abs(before - (await wb.clock()).nowMs)).toBeLessThan(5_000);
  expect(new Date(before).toISOString()).toMatch(/^2026-11-20T08:/);

  await page.getByRole('button', { name: '+1 day' }).click();
  await expect
    .poll(() => pane.evaluate(() => (window as unknown as { __workbenchEvents: string[] }).__workbenchEvents))
    .toEqual(expect.arrayContaining(['visibilitychange', 'focus']));
  const after = await pane.evaluate(() => [Date.now(), new Date().getTime()]);
  for (const t of after) expect(t - before).toBeGreaterThanOrEqual(86_400_000);
  await expect(page.getByTestId('clock')).toContainText('Sat, 21 Nov 2026');

  await wb.setClock('2026-12-01T09:00:00+01:00');
  await expect.poll(() => pane.evaluate(() => new Date().toISOString().slice(0, 10))).toBe('2026-12-01');
});

test('simulated answers arrive in the Inbox with real-shaped headers', async ({ page, session, wb }) => {
  await openDevice(page, session);
  await openFolder(page, 'Sent Items');
  await openMessage(page, /Renewal terms for 2027/);
  const bar = page.getByRole('group', { name: 'Simulate an answer' });
  await bar.getByRole('textbox', { name: 'Out-of-office return date' }).fill('2026-12-07');
  await bar.getByRole('button', { name: 'Out of office' }).click();
  await bar.getByRole('button', { name: 'Bounce' }).click();
  await bar.getByRole('button', { name: 'Reply from a colleague' }).click();
  await bar.getByRole('button', { name: 'No longer with the company' }).click();
  await bar.getByRole('button', { name: 'Reply', exact: true }).click();

  await expect.poll(async () => (await wb.messages('inbox')).length).toBe(3 + 5);
  const inbox = await wb.messages('inbox');
  const ooo = inbox.find(
    (m) => m.subject === 'Automatic reply: Renewal terms for 2027' && m.body.includes('out of the office'),
  );
  expect(ooo?.body).toContain('until Monday 7 December 2026');
  expect(ooo?.sentAt).toMatch(/-05:00$/);
  const oooHeaders = await wb.headers(ooo?.id ?? '');
  expect(oooHeaders).toContain('Auto-Submitted: auto-replied\r\n');
  expect(oooHeaders).toContain('X-Auto-Response-Suppress: All\r\n');
  const bounce = inbox.find((m) => m.from.email.startsWith('MAILER-DAEMON@'));
  expect(await wb.headers(bounce?.id ?? '')).toMatch(
    /Content-Type: multipart\/report; report-type=delivery-status/,
  );
  const colleague = inbox.find((m) => m.cc.some((p) => p.email === 'marcus@fabrikam.example'));
  expect(colleague?.from.email).toMatch(/@fabrikam\.example$/);
  expect(inbox.some((m) => m.body.includes('is no longer with Fabrikam'))).toBe(true);
  const reply = inbox.find(
    (m) => m.subject === 'RE: Renewal terms for 2027' && m.from.email === 'marcus@fabrikam.example',
  );
  expect(reply?.conversationId).toBe((await wb.message('sent-fabrikam')).conversationId);

  await openFolder(page, 'Inbox');
  await expect(
    page.getByRole('navigation', { name: 'Folders' }).getByRole('button', { name: /^Inbox/ }),
  ).toHaveText(/Inbox\s*7/);
});

test('the state API delivers an answer from a chosen recipient', async ({ wb }) => {
  const answer = await wb.answer('sent-wingtip', 'reply', { recipient: 'olivia.grant@wingtip.example' });
  expect(answer.from).toEqual({ name: 'Olivia Grant', email: 'olivia.grant@wingtip.example' });
  expect((await wb.logOf('answer')).map((e) => e.detail['kind'])).toEqual(['reply']);
});
