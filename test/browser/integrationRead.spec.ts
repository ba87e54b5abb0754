/**
 * Read mode with the real task pane kernel: opening an answer with the pane open applies the outcome
 * (human reply → cleared; out-of-office → paused until the return date; bounce / "no longer with the
 * company" → stopped and the contact marked as moved on), pinned (ItemChanged) and not; the user sees
 * it on the message. A reply whose subject the contact edited (new conversation) still counts.
 */
import type { Page } from '@playwright/test';
import { openDevice, openFolder, openMessage, paneFrame, ribbonButton } from './devicePage';
import { expect, test } from './fixtures';
import {
  PRIYA,
  PRIYA_EMAIL,
  flagAndSend,
  followUpInRoaming,
  notice,
  roamingProfiles,
} from './integrationSupport';

const MARCUS = 'Marcus Oyelaran <marcus@fabrikam.example>';
const KENJI = 'Kenji Watanabe <kenji@adatum.example>';

async function openWithPane(page: Page, folder: 'Inbox' | 'Sent Items', subject: string | RegExp) {
  await openFolder(page, folder);
  await openMessage(page, subject);
  await ribbonButton(page, 'Follow-up plan');
  await paneFrame(page);
}

test("opening the contact's reply with the pane open (not pinned) clears the plan and says why", async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  const { sent, followUp } = await flagAndSend(page, wb, { to: PRIYA, subject: 'Onboarding plan' });
  const reply = await wb.answer(sent.id, 'reply');
  await openWithPane(page, 'Inbox', /RE: Onboarding plan/);
  const cleared = await followUpInRoaming(wb, (f) => f.id === followUp.id && f.state === 'replied');
  expect(cleared.steps.every((s) => s.status !== 'planned')).toBe(true);
  expect(cleared.history.at(-1)).toMatchObject({ kind: 'reply' });
  await expect
    .poll(() => notice(wb, reply.id, 'rp-status'))
    .toBe('ReachPlan: Priya replied, so the follow-up on "Onboarding plan" is cleared.');
});

test('with the pane pinned, moving to each answer applies it: out-of-office, bounce, moved on', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  const away = await flagAndSend(page, wb, { to: PRIYA, subject: 'Workshop dates' });
  const bounced = await flagAndSend(page, wb, { to: MARCUS, subject: 'Contract draft' });
  const left = await flagAndSend(page, wb, { to: KENJI, subject: 'Site survey' });
  const ooo = await wb.answer(away.sent.id, 'outOfOffice', { returnDate: '2026-11-30' });
  const ndr = await wb.answer(bounced.sent.id, 'bounce');
  const gone = await wb.answer(left.sent.id, 'leftCompany');

  await openWithPane(page, 'Inbox', /Northwind all-hands/);
  await page
    .getByRole('button', { name: 'Pin: keep this pane open when you select another message' })
    .click();

  await openMessage(page, /Automatic reply: Workshop dates/);
  const paused = await followUpInRoaming(wb, (f) => f.id === away.followUp.id && f.state === 'paused');
  // Back on Monday 30 November: the plan resumes the day after, in her zone as ReachPlan knows it (no
  // profile yet, so Dana's: Berlin).
  expect(paused.pausedUntil).toBe(Date.parse('2026-12-01T00:00:00+01:00'));
  await expect
    .poll(() => notice(wb, ooo.id, 'rp-status'))
    .toMatch(/^ReachPlan: Priya is away \(automatic reply\)\. The follow-up waits until Tue 1 Dec/);

  await openMessage(page, /Undelivered Mail Returned to Sender/);
  await followUpInRoaming(wb, (f) => f.id === bounced.followUp.id && f.state === 'stopped');
  await expect
    .poll(() => notice(wb, ndr.id, 'rp-status'))
    .toBe(
      'ReachPlan: the message to marcus@fabrikam.example bounced. The follow-up stopped and the contact is marked as moved on.',
    );

  await openMessage(page, /Automatic reply: Site survey/);
  await followUpInRoaming(wb, (f) => f.id === left.followUp.id && f.state === 'stopped');
  await expect
    .poll(() => notice(wb, gone.id, 'rp-status'))
    .toBe('ReachPlan: Kenji has moved on. The follow-up stopped; update the contact in the plan.');

  // The contact's profile is a second write after the follow-up's: it may reach roaming in the next save.
  const statusOf = async (email: string) =>
    (await roamingProfiles(wb)).find((p) => p.email === email)?.status.kind;
  await expect.poll(() => statusOf('marcus@fabrikam.example')).toBe('movedOn');
  await expect.poll(() => statusOf('kenji@adatum.example')).toBe('movedOn');
  const profiles = await roamingProfiles(wb);
  expect(profiles.find((p) => p.email === PRIYA_EMAIL)?.status.kind ?? 'active').not.toBe('movedOn');
  // The paused plan was not touched by the others.
  await followUpInRoaming(wb, (f) => f.id === away.followUp.id && f.state === 'paused');
});

test('a reply whose subject the contact edited (a new conversation) still clears the plan', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  const { sent, followUp } = await flagAndSend(page, wb, { to: PRIYA, subject: 'Budget approval' });
  const reply = await wb.answer(sent.id, 'reply', { subject: 'Approved with one change' });
  expect(reply.conversationId).not.toBe(sent.conversationId);
  await openWithPane(page, 'Inbox', /Approved with one change/);
  await followUpInRoaming(wb, (f) => f.id === followUp.id && f.state === 'replied');
  await expect.poll(() => notice(wb, reply.id, 'rp-status')).toMatch(/^ReachPlan: Priya replied/);
});
