/**
 * The task pane's journeys across messages and settings (issue 7, "Done when"), with the real add-in in
 * the workbench: after the clock moves, the due list holds every follow-up's next step and each can be
 * acted on inline (snooze, skip, mark replied, draft the reminder); the default ladder and a template are
 * changed in Settings (with the live preview), roam, and are what the next flagged send and its drafted
 * reminder use.
 */
import type { Frame, Page } from '@playwright/test';
import { DEFAULT_TEMPLATES } from '../../src/shared/domain/templatesDefaults';
import { openDevice, openFolder, openPaneOn } from './devicePage';
import { expect, test } from './fixtures';
import { flagAndSend, followUpInRoaming, roamingFollowUps, roamingSettings } from './integrationSupport';
import { PROPOSAL, paneTab, trackSent } from './paneViews';

const RENEWAL = 'Renewal terms for 2027';
const TRAINING = 'Training schedule for January';
const QUOTE = 'Quote for the warehouse pilot';

async function idOf(subject: string, wb: Parameters<typeof roamingFollowUps>[0]): Promise<string> {
  return (await followUpInRoaming(wb, (f) => f.subject === subject)).id;
}

const entryOf = (pane: Frame, id: string) => pane.locator(`[data-testid="due-entry"][data-id="${id}"]`);

/** The compose form a draft action opened in the workbench: its subject and body. */
async function openedDraft(page: Page): Promise<{ subject: string; body: string }> {
  const form = page.getByRole('form');
  await expect(form).toBeVisible();
  return {
    subject: await form.getByRole('textbox', { name: 'Subject' }).inputValue(),
    body: await form.getByRole('textbox', { name: 'Message body' }).inputValue(),
  };
}

test('after a week the due list holds every next step, and each is acted on inline', async ({
  page,
  session,
  wb,
}) => {
  test.setTimeout(60_000);
  await openDevice(page, session);
  for (const subject of [PROPOSAL, RENEWAL, TRAINING, QUOTE]) await trackSent(page, subject);
  const pane = await openPaneOn(page, QUOTE);
  await wb.advanceClock({ days: 7 });
  await paneTab(pane, 'Due');
  const [proposal, renewal, training, quote] = await Promise.all(
    [PROPOSAL, RENEWAL, TRAINING, QUOTE].map((s) => idOf(s, wb)),
  );
  const overdue = pane.getByRole('region', { name: /^Overdue/ });
  await expect(overdue.getByTestId('due-entry')).toHaveCount(4);
  await expect(pane.getByTestId('due-summary')).toHaveText('4 due now · 0 upcoming');
  await expect(pane.getByRole('tab', { name: /^Due\b/ })).toContainText('4');

  // Snooze the renewal by two days: it leaves Overdue, its step keeps the snooze.
  await entryOf(pane, renewal!).getByRole('button', { name: 'Snooze', exact: true }).click();
  await entryOf(pane, renewal!)
    .getByRole('group', { name: 'Snooze until' })
    .getByRole('button', { name: 'In 2 days' })
    .click();
  const now = (await wb.clock()).nowMs;
  const snoozed = await followUpInRoaming(
    wb,
    (f) => f.id === renewal && f.steps.some((s) => s.snoozedUntil !== undefined),
  );
  const step = snoozed.steps.find((s) => s.snoozedUntil !== undefined)!;
  expect(step.dueAt).toBeGreaterThan(now + 86_400_000);
  await expect(overdue.locator(`[data-id="${renewal}"]`)).toHaveCount(0);
  await expect(entryOf(pane, renewal!)).toBeVisible();

  // Skip the training's first reminder: the entry moves on to the second.
  await expect(entryOf(pane, training!)).toContainText('Reminder 1');
  await entryOf(pane, training!).getByRole('button', { name: 'Skip' }).click();
  await followUpInRoaming(wb, (f) => f.id === training && f.steps[0]?.status === 'skipped');
  await expect(entryOf(pane, training!)).toContainText('Reminder 2');

  // Lena answered by phone: mark the quote replied (More actions); it leaves the list.
  await entryOf(pane, quote!).getByRole('button', { name: 'More actions' }).click();
  await entryOf(pane, quote!).getByRole('button', { name: 'Mark replied' }).click();
  await followUpInRoaming(wb, (f) => f.id === quote && f.state === 'replied');
  await expect(entryOf(pane, quote!)).toHaveCount(0);
  // Left: the proposal due; the renewal snoozed and the training's second reminder (spaced from the skip) ahead.
  await expect(pane.getByTestId('due-summary')).toHaveText('1 due now · 2 upcoming');

  // Draft the proposal's reminder: a reply with the reminder's wording opens.
  await entryOf(pane, proposal!).getByRole('button', { name: 'Draft reminder' }).click();
  const draft = await openedDraft(page);
  expect(draft.subject).toBe(`RE: ${PROPOSAL}`);
  expect(draft.body).toMatch(/^Hi Priya,\s+A quick nudge on my note below from /);
  const afterAll = await roamingFollowUps(wb);
  expect(afterAll.find((f) => f.id === proposal)?.state).toBe('waiting');
});

test('the default ladder and a template changed in Settings roam and shape the next follow-up', async ({
  page,
  session,
  wb,
}) => {
  test.setTimeout(60_000);
  await openDevice(page, session);
  const pane = await openPaneOn(page, /Northwind all-hands/);
  await paneTab(pane, 'Settings');

  await pane.getByRole('radio', { name: /^Relaxed/ }).check();
  await pane.getByRole('button', { name: 'Save settings' }).click();
  await expect(pane.getByText('Settings saved.')).toBeVisible();

  const text = pane.getByTestId('template-text');
  const preview = pane.getByTestId('template-preview');
  await expect(text).toHaveValue(DEFAULT_TEMPLATES.reminder1);
  // A placeholder the template does not know is refused under the field, and cannot be saved.
  await text.fill('Hi {contactFirstName}, any news on {budget}?');
  await expect(pane.getByText(/budget/).last()).toBeVisible();
  await expect(pane.getByRole('button', { name: 'Save template' })).toBeDisabled();
  const wording =
    'Hi {contactFirstName},\n\nChecking in on "{subject}" from {sentDate}: does it still suit you?\n\n{userName}';
  await text.fill(wording);
  // The live preview fills the placeholders with sample values as the user types.
  await expect(preview).toHaveText(
    /^Hi Priya,\s+Checking in on "Proposal for the onboarding package" from \w+day, .+: does it still suit you\?\s+Dana/,
  );
  await pane.getByRole('button', { name: 'Save template' }).click();
  await expect(pane.getByText('Template saved.')).toBeVisible();
  await expect(pane.getByText('Your wording')).toBeVisible();

  await expect
    .poll(async () => {
      const settings = await roamingSettings(wb);
      return [settings?.defaultLadder, settings?.templates.reminder1];
    })
    .toEqual(['relaxed', wording]);

  // The next flagged send gets the relaxed ladder: four days before the first reminder.
  const { followUp } = await flagAndSend(page, wb, {
    to: 'Marcus Oyelaran <marcus@fabrikam.example>',
    subject: 'Kick-off agenda',
  });
  expect(followUp.ladder).toBe('relaxed');
  expect(followUp.steps[0]!.dueAt - followUp.sentAt).toBeGreaterThanOrEqual(4 * 86_400_000);

  // Its reminder, when due, is drafted in the new wording.
  await wb.advanceClock({ days: 6 });
  await openFolder(page, 'Sent Items');
  const sentPane = await openPaneOn(page, 'Kick-off agenda');
  await sentPane.getByRole('button', { name: 'Draft reminder' }).click();
  const draft = await openedDraft(page);
  expect(draft.body).toMatch(
    /^Hi Marcus,\s+Checking in on "Kick-off agenda" from .+: does it still suit you\?/,
  );
});
