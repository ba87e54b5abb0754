import { fillCompose, openDevice, openFolder, openMessage, paneFrame, pressSend, ribbonButton } from './devicePage';
import { expect, test } from './fixtures';

test('scratch: flag, send, open pane on sent', async ({ page, session, wb }) => {
  await openDevice(page, session);
  await page.getByRole('button', { name: 'New mail' }).click();
  await fillCompose(page, { to: 'Priya Raman <priya.raman@contoso.example>', subject: 'Proposal scratch', body: 'Hi Priya,\nCould you confirm the start date?' });
  await ribbonButton(page, 'Remind me if no reply');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/pane/shots/compose-flagged.png' });
  await ribbonButton(page, 'Follow-up plan');
  const pane = await paneFrame(page);
  await page.waitForTimeout(3500);
  await page.screenshot({ path: '/tmp/pane/shots/compose-pane.png' });
  await pressSend(page);
  await expect(page.getByRole('form')).toBeHidden();
  await openFolder(page, 'Sent Items');
  await openMessage(page, /Proposal scratch/);
  await ribbonButton(page, 'Follow-up plan');
  const pane2 = await paneFrame(page);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: '/tmp/pane/shots/read-sent.png', fullPage: true });
  console.log(await pane2.locator('body').innerText());
  void pane;
  void wb;
});
