/**
 * Driving a workbench device (an Outlook window) in a page: open it, reach its task pane and command
 * frames, and run Office.js calls inside a frame as the add-in would.
 */
import type { Frame, Page } from '@playwright/test';
import { expect } from './fixtures';
import type { WorkbenchApi } from './workbenchApi';

export interface OpenOptions {
  /** Reset the session to this fixture first (as ?fixture= does). */
  readonly fixture?: string;
  readonly device?: string;
  /** Another origin for the page (the second device uses the other loopback name). */
  readonly origin?: string;
}

/** Opens a device of `session` and waits until its mailbox shows. */
export async function openDevice(page: Page, session: string, options: OpenOptions = {}): Promise<void> {
  const query = new URLSearchParams({ session, device: options.device ?? 'A' });
  if (options.fixture) query.set('fixture', options.fixture);
  await page.goto(`${options.origin ?? ''}/workbench/?${query.toString()}`);
  await expect(page.getByRole('list', { name: 'Message list' })).toBeVisible();
}

export async function openFolder(page: Page, folder: 'Inbox' | 'Sent Items' | 'Drafts'): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Folders' })
    .getByRole('button', { name: new RegExp(`^${folder}`) })
    .click();
}

/** Opens the message whose list row shows `subject`. */
export async function openMessage(page: Page, subject: string | RegExp): Promise<void> {
  await page.getByRole('list', { name: 'Message list' }).getByRole('button', { name: subject }).click();
}

/** The task pane's frame once its runtime is ready (Office.onReady resolved). */
export async function paneFrame(page: Page): Promise<Frame> {
  const element = page.locator('aside[aria-label="Task pane"] iframe');
  await expect(element).toBeVisible();
  const frame = await (await element.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the task pane has no frame');
  await frame.waitForFunction(() => typeof Office !== 'undefined' && Office.context?.mailbox !== undefined);
  return frame;
}

/** Presses a ribbon button by its label. */
export async function ribbonButton(page: Page, label: string): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: label, exact: true }).click();
}

/** Waits until the device in `page` has applied every change made so far (through the state API too). */
export async function deviceSynced(page: Page, wb: WorkbenchApi): Promise<void> {
  const { version } = await wb.state();
  await expect
    .poll(async () => Number(await page.locator('html').getAttribute('data-session-version')))
    .toBeGreaterThanOrEqual(version);
}

/** Opens the message `subject` in an open device, then its task pane; the pane's frame. */
export async function openPaneOn(page: Page, subject: string | RegExp): Promise<Frame> {
  await openMessage(page, subject);
  await ribbonButton(page, 'Follow-up plan');
  return paneFrame(page);
}

/** Fills fields of the open compose form (the recipients line as typed: "Name <address>; …"). */
export async function fillCompose(
  page: Page,
  fields: { to?: string; subject?: string; body?: string },
): Promise<void> {
  const form = page.getByRole('form');
  if (fields.to !== undefined) await form.getByRole('textbox', { name: 'To', exact: true }).fill(fields.to);
  if (fields.subject !== undefined) await form.getByRole('textbox', { name: 'Subject' }).fill(fields.subject);
  if (fields.body !== undefined) await form.getByRole('textbox', { name: 'Message body' }).fill(fields.body);
}

/** Presses Send on the compose ribbon. */
export async function pressSend(page: Page): Promise<void> {
  await page.getByRole('toolbar', { name: 'Compose ribbon' }).getByRole('button', { name: 'Send' }).click();
}
