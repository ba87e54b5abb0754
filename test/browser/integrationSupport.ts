/**
 * Helpers for the integration specs (the real add-in and commands in the workbench): compose and flag
 * a message, send it, and read the results through the state API: follow-ups decoded from the roaming
 * blob with the add-in's own codec, records on sent copies, notifications, handler completions.
 */
import type { Page } from '@playwright/test';
import type { ContactProfile, FollowUp, Settings } from '../../src/shared/domain/types';
import { itemRecordDecode } from '../../src/shared/storage/itemRecord';
import { roamingDecode } from '../../src/shared/storage/roamingCodec';
import type { Snapshot } from '../../src/shared/storage/snapshot';
import type { Store } from '../../src/shared/storage/store';
import type { Result } from '../../src/shared/result';
import { roamingBlob } from '../fixtures/roamingBlob';
import type { MailMessage } from '../../workbench/shared/mailMessage';
import { fillCompose, pressSend, ribbonButton } from './devicePage';
import { expect } from './fixtures';
import type { WorkbenchApi } from './workbenchApi';

export const USER_ZONE = 'Europe/Berlin';
export const PRIYA = 'Priya Raman <priya.raman@contoso.example>';
export const PRIYA_EMAIL = 'priya.raman@contoso.example';

/** What the roaming blob holds now (decoded as the add-in decodes it). */
export async function roamingSnapshot(wb: WorkbenchApi): Promise<Snapshot> {
  const { values } = await wb.roaming();
  const raw: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(values)) raw[key] = JSON.parse(text) as unknown;
  return roamingDecode(raw).snapshot;
}

/** The follow-ups the roaming blob holds now. */
export async function roamingFollowUps(wb: WorkbenchApi): Promise<FollowUp[]> {
  return [...(await roamingSnapshot(wb)).followUps.values()].map((e) => e.value);
}

/** The contact profiles the roaming blob holds now. */
export async function roamingProfiles(wb: WorkbenchApi): Promise<ContactProfile[]> {
  return [...(await roamingSnapshot(wb)).profiles.values()].map((e) => e.value);
}

/** The settings the roaming blob holds now (undefined when none were saved). */
export async function roamingSettings(wb: WorkbenchApi): Promise<Settings | undefined> {
  return (await roamingSnapshot(wb)).settings?.value;
}

/** Waits until roaming settings hold a follow-up matching `predicate`; returns it. */
export async function followUpInRoaming(
  wb: WorkbenchApi,
  predicate: (f: FollowUp) => boolean,
): Promise<FollowUp> {
  let found: FollowUp | undefined;
  await expect
    .poll(async () => {
      found = (await roamingFollowUps(wb)).find(predicate);
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

/** Writes roaming settings as the add-in would have saved them after `fill` changed its store. */
async function roamingWith(
  wb: WorkbenchApi,
  fill: (store: Store) => readonly Result<unknown, { message: string }>[],
): Promise<void> {
  const values = await roamingBlob(USER_ZONE, Date.parse('2026-11-20T08:00:00Z'), (store) => {
    for (const result of fill(store)) if (!result.ok) throw new Error(result.reason.message);
  });
  await wb.setRoaming(values);
}

/** Writes roaming settings holding `patch` over the default settings. */
export function roamingWithSettings(wb: WorkbenchApi, patch: Partial<Settings>): Promise<void> {
  return roamingWith(wb, (store) => [store.updateSettings({ ...store.settings(), ...patch })]);
}

/** Writes roaming settings holding these contact profiles (saved in an earlier session). */
export function roamingWithProfiles(wb: WorkbenchApi, profiles: readonly ContactProfile[]): Promise<void> {
  return roamingWith(wb, (store) => profiles.map((p) => store.upsertProfile(p)));
}

/** Opens a new compose form and fills it. */
export async function compose(
  page: Page,
  fields: { to?: string; subject?: string; body?: string },
): Promise<void> {
  await page.getByRole('button', { name: 'New mail' }).click();
  await fillCompose(page, fields);
}

/** Presses "Remind me if no reply" and waits until the function completed. */
export async function pressRemind(page: Page, wb: WorkbenchApi): Promise<void> {
  const before = (await wb.logOf('command.completed')).length;
  await ribbonButton(page, 'Remind me if no reply');
  await page.mouse.move(0, 0); // the button's tooltip would cover Send
  await expect.poll(async () => (await wb.logOf('command.completed')).length).toBe(before + 1);
}

/** The open compose form's draft (by subject). */
export async function draftOf(wb: WorkbenchApi, subject: string): Promise<MailMessage> {
  const draft = (await wb.messages('drafts')).find((m) => m.subject === subject);
  if (!draft) throw new Error(`no draft "${subject}"`);
  return draft;
}

/** The text of the add-in's notification `key` on the message, or undefined. */
export async function notice(wb: WorkbenchApi, id: string, key: string): Promise<string | undefined> {
  return (await wb.notifications(id)).find((n) => n.key === key)?.message;
}

/** Presses Send and waits until the message is in Sent Items (OnMessageSend allowed it). */
export async function sendAndWait(page: Page, wb: WorkbenchApi, subject: string): Promise<MailMessage> {
  await pressSend(page);
  await expect(page.getByRole('form')).toBeHidden({ timeout: 15_000 });
  let sent: MailMessage | undefined;
  await expect
    .poll(async () => {
      sent = (await wb.messages('sent')).find((m) => m.subject === subject);
      return sent !== undefined;
    })
    .toBe(true);
  return sent!;
}

/** The follow-up record a sent copy carries in its custom properties (decoded), or the reason it has none. */
export function sentCopyRecord(message: MailMessage): FollowUp | string {
  const decoded = itemRecordDecode(message.customProperties['rp']);
  return decoded.ok ? decoded.value.value : decoded.reason;
}

/** Flags a new message to `to` and sends it; returns the sent copy and its follow-up from roaming. */
export async function flagAndSend(
  page: Page,
  wb: WorkbenchApi,
  fields: { to: string; subject: string; body?: string },
): Promise<{ sent: MailMessage; followUp: FollowUp }> {
  await compose(page, { body: 'Hi, could you confirm the start date by Friday?', ...fields });
  await pressRemind(page, wb);
  const sent = await sendAndWait(page, wb, fields.subject);
  const followUp = await followUpInRoaming(wb, (f) => f.subject === fields.subject);
  return { sent, followUp };
}
