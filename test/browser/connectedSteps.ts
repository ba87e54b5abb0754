/**
 * Steps for connected mode's browser tests: flag and send through the real add-in (ribbon command,
 * OnMessageSend), open the pane, switch connected mode on, and read the follow-ups the roaming blob
 * holds (decoded with the store's own codec).
 */
import type { Frame, Page } from '@playwright/test';
import type { FollowUp } from '../../src/shared/domain/types';
import { roamingDecode } from '../../src/shared/storage/roamingCodec';
import type { MailMessage } from '../../workbench/shared/mailMessage';
import { fillCompose, openMessage, paneFrame, pressSend, ribbonButton } from './devicePage';
import { expect } from './fixtures';
import type { WorkbenchApi } from './workbenchApi';

/** Composes a new message, presses "Remind me if no reply" and sends it; the Sent Items copy. */
export async function flagAndSend(
  page: Page,
  wb: WorkbenchApi,
  message: { to: string; subject: string; body?: string },
): Promise<MailMessage> {
  await page.getByRole('button', { name: 'New mail' }).click();
  await fillCompose(page, {
    ...message,
    body: message.body ?? 'Could you confirm the start date by Friday?',
  });
  const commands = (await wb.logOf('command.completed')).length;
  await ribbonButton(page, 'Remind me if no reply');
  await expect.poll(async () => (await wb.logOf('command.completed')).length).toBe(commands + 1);
  await pressSend(page);
  await expect(page.getByRole('form')).toBeHidden();
  let sent: MailMessage | undefined;
  await expect
    .poll(async () => (sent = (await wb.messages('sent')).find((m) => m.subject === message.subject)))
    .toBeDefined();
  return sent as MailMessage;
}

/** The follow-ups in the session's roaming settings. */
export async function roamingFollowUps(wb: WorkbenchApi): Promise<FollowUp[]> {
  const { values } = await wb.roaming();
  const parsed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.parse(v) as unknown]));
  return [...roamingDecode(parsed).snapshot.followUps.values()].map((s) => s.value);
}

/** Opens the ReachPlan pane on the message `subject`, on its Settings view (where connected mode is). */
export async function openConnectedSettings(page: Page, subject: string | RegExp): Promise<Frame> {
  await openMessage(page, subject);
  await ribbonButton(page, 'Follow-up plan');
  const pane = await paneFrame(page);
  await pane.getByRole('tab', { name: 'Settings' }).click();
  return pane;
}

export const CONNECTED_SWITCH = 'Use connected mode (Microsoft 365)';

/** Switches connected mode on in the pane and waits for the signed-in status. */
export async function connectedOn(pane: Frame): Promise<void> {
  await pane.getByRole('switch', { name: CONNECTED_SWITCH }).click();
  await expect(pane.getByTestId('connected-account')).toHaveText(
    'Signed in as Dana Whitfield (dana@northwind.example)',
  );
}

/** The text of the last check once it is shown. */
export async function lastCheck(pane: Frame): Promise<string> {
  const last = pane.getByTestId('connected-last-check');
  await expect(last).toBeVisible();
  return (await last.textContent()) ?? '';
}
