import { openDevice, openFolder, openMessage, paneFrame, ribbonButton } from './devicePage';
import { expect, test } from './fixtures';

test('the default story loads: folders with counts, the sent proposals, a reply and an out-of-office', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session, { fixture: 'default' });
  const folders = page.getByRole('navigation', { name: 'Folders' });
  await expect(folders.getByRole('button', { name: /^Inbox/ })).toHaveText(/Inbox\s*2/);
  const list = page.getByRole('list', { name: 'Message list' });
  await expect(list.getByRole('button', { name: /RE: Site visit dates/ })).toBeVisible();
  await expect(
    list.getByRole('button', { name: /Automatic reply: Quote for the warehouse pilot/ }),
  ).toBeVisible();

  await openFolder(page, 'Sent Items');
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await openMessage(page, /Proposal: onboarding package for Contoso/);
  await expect(page.getByTestId('message-body')).toContainText('Could you confirm by Friday');

  const { clock, contacts } = await wb.state();
  expect(new Date(clock.nowMs).toISOString()).toMatch(/^2026-11-20T08:0/);
  expect(new Set(contacts.map((c) => c.timeZone)).size).toBe(5);
});

test('the task pane shows the selected message, opened from the ribbon', async ({ page, session }) => {
  await openDevice(page, session, { fixture: 'default' });
  await openFolder(page, 'Sent Items');
  await openMessage(page, /Proposal: onboarding package for Contoso/);
  await ribbonButton(page, 'Follow-up plan');
  const pane = await paneFrame(page);
  await expect(pane.getByRole('heading', { name: 'Proposal: onboarding package for Contoso' })).toBeVisible();
});

test('an unknown fixture is refused with a message naming it', async ({ page, session, pageProblems }) => {
  await page.goto(`/workbench/?session=${session}&fixture=no-such-story`);
  await expect(page.getByText(/Workbench: fixture .*no-such-story\.json/)).toBeVisible();
  // The refused reset is a 400 the browser logs; expected here.
  expect(pageProblems).toEqual([expect.stringMatching(/status of 400/)]);
  pageProblems.length = 0;
});

test('a non-loopback request is aborted and recorded for the failure check', async ({
  page,
  session,
  blockedRequests,
  pageProblems,
}) => {
  await page.goto(`/workbench/?session=${session}`);
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/probe').then(
      () => 'reached',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  expect(blockedRequests).toEqual(['https://example.com/probe']);
  await expect
    .poll(() => pageProblems)
    .toEqual([expect.stringMatching(/^console error: .*ERR_BLOCKED_BY_CLIENT/)]);
  // Provoked on purpose: the fixture fails any test that leaves either behind.
  blockedRequests.length = 0;
  pageProblems.length = 0;
});
