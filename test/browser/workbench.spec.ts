import { expect, test } from './fixtures';

test('the task pane renders the selected sample message in the workbench', async ({ page, session }) => {
  await page.goto(`/workbench/?session=${session}&fixture=default`);
  await page.getByRole('button', { name: /Proposal: onboarding package for Contoso/ }).click();
  const pane = page.frameLocator('iframe[title="ReachPlan task pane"]');
  await expect(pane.getByTestId('item-subject')).toHaveText('Proposal: onboarding package for Contoso');

  await page.getByRole('button', { name: /Renewal terms for 2027/ }).click();
  await expect(pane.getByTestId('item-subject')).toHaveText('Renewal terms for 2027');
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
