/**
 * The task pane's user journeys (issue 7, "Done when") with the real add-in in the workbench: open the
 * pane on a sent proposal and see its ladder on both clocks; edit the contact to prefer phone, Tue–Thu
 * 8–10 in New York and watch the plan move; compose: the planned times before sending, following the
 * recipients. The due list and settings journeys are in paneDueSettings.spec.ts.
 */
import { DateTime } from 'luxon';
import { planPreview } from '../../src/shared/app/planPreview';
import { settingsDefault } from '../../src/shared/app/settingsDefault';
import type { ContactProfile, FollowUp } from '../../src/shared/domain/types';
import { formatterFor } from '../../src/taskpane/format/formatter';
import { fillCompose, openDevice } from './devicePage';
import { expect, test } from './fixtures';
import {
  PRIYA_EMAIL,
  USER_ZONE,
  followUpInRoaming,
  roamingFollowUps,
  roamingProfiles,
  roamingWithProfiles,
  sendAndWait,
} from './integrationSupport';
import { PROPOSAL, composeWithPane, contactEditorOpen, trackSent } from './paneViews';

const fmt = formatterFor('en-US');
const NEW_YORK = 'America/New_York';
const MARCUS_EMAIL = 'marcus@fabrikam.example';

function profile(email: string, name: string, part: Partial<ContactProfile>): ContactProfile {
  return {
    email,
    displayName: name,
    channels: [],
    timeZone: USER_ZONE,
    bestDays: [1, 2, 3, 4, 5],
    bestTimes: [],
    worstTimes: [],
    notes: '',
    status: { kind: 'active' },
    ...part,
  };
}

/** Each planned step lies on a Tue–Thu between 08:00 and 10:00 in New York. */
function inNewYorkWindow(at: number): boolean {
  const local = DateTime.fromMillis(at, { zone: NEW_YORK });
  const minutes = local.hour * 60 + local.minute;
  return [2, 3, 4].includes(local.weekday) && minutes >= 480 && minutes < 600;
}

const planned = (f: FollowUp) => f.steps.filter((s) => s.status === 'planned');

test('a sent proposal: the pane shows its ladder, each step with its channel on both clocks', async ({
  page,
  session,
  wb,
}) => {
  // Priya's card says she works from Singapore (saved earlier); Dana is in Berlin.
  await roamingWithProfiles(wb, [
    profile(PRIYA_EMAIL, 'Priya Raman', {
      timeZone: 'Asia/Singapore',
      bestTimes: [{ start: 540, end: 1020 }],
    }),
  ]);
  await openDevice(page, session);
  const pane = await trackSent(page, PROPOSAL);
  const followUp = await followUpInRoaming(wb, (f) => f.subject === PROPOSAL);
  expect(followUp.steps.map((s) => [s.kind, s.channel])).toEqual([
    ['reminder', 'email'],
    ['reminder', 'email'],
    ['switch', 'phone'],
  ]);

  const steps = pane.getByTestId('plan-step');
  await expect(steps).toHaveCount(3);
  await expect(steps.getByRole('heading')).toHaveText([
    /^Reminder 1\s*Email$/,
    /^Reminder 2\s*Email$/,
    /^Switch to phone call\s*Phone call$/,
  ]);
  // Every step on Dana's clock and on Priya's, as the stored plan has them.
  await expect(steps.getByTestId('step-user-time')).toHaveText(
    followUp.steps.map((s) => `${fmt.dateTime(s.dueAt, USER_ZONE)} your time`),
  );
  await expect(steps.getByTestId('step-contact-time')).toHaveText(
    followUp.steps.map((s) => `${fmt.dateTime(s.dueAt, 'Asia/Singapore')} in Singapore`),
  );
  // Sent on Monday: the first reminder (+48 h, in her 09:00–17:00) is overdue on Friday, the others are ahead.
  await expect(steps.nth(0)).toHaveAttribute('data-due', 'true');
  await expect(steps.nth(0).getByTestId('step-due')).toHaveText(/^Due (yesterday|\d+ days ago)$/);
  await expect(steps.nth(1)).not.toHaveAttribute('data-due');
  await expect(pane.getByRole('group', { name: 'Actions for Reminder 1' })).toBeVisible();
});

test('editing the contact to prefer phone, Tue–Thu 8–10 in New York moves the plan there', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  const pane = await trackSent(page, PROPOSAL);
  const before = await followUpInRoaming(wb, (f) => f.subject === PROPOSAL);
  expect(planned(before).some((s) => !inNewYorkWindow(s.dueAt))).toBe(true);

  const form = await contactEditorOpen(pane, 'Priya Raman');
  await form.getByRole('combobox', { name: '#1 channel' }).selectOption({ label: 'Phone call' });
  await form.getByRole('textbox', { name: 'Address' }).first().fill('+1 212 555 0142');
  // The time-zone picker searches as the user types.
  const zone = form.getByRole('combobox', { name: 'Time zone' });
  await zone.click();
  await zone.selectText();
  await zone.pressSequentially('new york');
  await pane.getByRole('option', { name: /^America\/New York/ }).click();
  await expect(zone).toHaveValue(/^America\/New York · \(UTC/);
  const days = form.getByRole('group', { name: 'Best days' });
  for (const day of ['Mon', 'Fri']) await days.getByRole('checkbox', { name: day }).uncheck();
  const best = form.getByRole('group', { name: 'Best times' });
  await best.getByRole('button', { name: 'Add a range' }).click();
  await best.getByLabel('From').fill('08:00');
  await best.getByLabel('To').fill('10:00');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(pane.getByText('Saved. 1 plan moved to the new times.')).toBeVisible();

  // The profile roams with the mailbox.
  await expect
    .poll(async () => (await roamingProfiles(wb)).find((p) => p.email === PRIYA_EMAIL))
    .toMatchObject({
      channels: [{ kind: 'phone', address: '+12125550142' }], // stored as E.164
      timeZone: NEW_YORK,
      bestDays: [2, 3, 4],
      bestTimes: [{ start: 480, end: 600 }],
    });
  // The plan moved: every planned step now sits in her window, and the pane shows it on her clock.
  const after = await followUpInRoaming(
    wb,
    (f) => f.id === before.id && planned(f).every((s) => inNewYorkWindow(s.dueAt)),
  );
  expect(planned(after).map((s) => s.dueAt)).not.toEqual(planned(before).map((s) => s.dueAt));
  const steps = pane.getByTestId('plan-step');
  await expect(steps.getByTestId('step-contact-time')).toHaveText(
    planned(after).map((s) => `${fmt.dateTime(s.dueAt, NEW_YORK)} in New York`),
  );
  await expect(steps.getByTestId('step-user-time')).toHaveText(
    planned(after).map((s) => `${fmt.dateTime(s.dueAt, USER_ZONE)} your time`),
  );
  const card = pane.getByRole('region', { name: 'Contact: Priya Raman' });
  await expect(card).toContainText('Tue–Thu');
  await expect(card.getByRole('link', { name: /^\+1 ?212/ })).toHaveAttribute('href', /^tel:/);
});

test('compose: the planned times show before sending and follow the recipients', async ({
  page,
  session,
  wb,
}) => {
  const marcus = profile(MARCUS_EMAIL, 'Marcus Oyelaran', {
    channels: [{ kind: 'phone', address: '+1 212 555 0199' }],
    timeZone: NEW_YORK,
    bestDays: [2, 3, 4],
    bestTimes: [{ start: 480, end: 600 }],
  });
  await roamingWithProfiles(wb, [marcus]);
  await openDevice(page, session);
  const pane = await composeWithPane(page, 'Priya Raman <priya.raman@contoso.example>', 'Kick-off date');
  const userTimes = pane.getByTestId('plan-step').getByTestId('step-user-time');
  await expect(userTimes).toHaveCount(3);
  // Priya has no card: the plan uses Dana's zone (no second clock) and says so.
  await expect(pane.getByText(/Priya has no preferences yet/)).toBeVisible();
  await expect(pane.getByTestId('step-contact-time')).toHaveCount(0);
  const forPriya = await userTimes.allTextContents();

  await fillCompose(page, { to: 'Marcus Oyelaran <marcus@fabrikam.example>' });
  await page.getByRole('form').getByRole('textbox', { name: 'To', exact: true }).press('Tab'); // commits the line
  // RecipientsChanged: the preview is Marcus's plan now, in his window, on both clocks.
  const now = (await wb.clock()).nowMs;
  const preview = planPreview(
    { to: [{ displayName: 'Marcus Oyelaran', emailAddress: MARCUS_EMAIL }], cc: [] },
    'dana@northwind.example',
    'prompt',
    now,
    settingsDefault(USER_ZONE),
    (email) => (email === MARCUS_EMAIL ? marcus : undefined),
  );
  if (!preview.ok) throw new Error(preview.reason);
  const expected = preview.value.plan.steps;
  expect(expected.every((s) => inNewYorkWindow(s.dueAt))).toBe(true);
  await expect(userTimes).toHaveText(expected.map((s) => `${fmt.dateTime(s.dueAt, USER_ZONE)} your time`));
  await expect(pane.getByTestId('step-contact-time')).toHaveText(
    expected.map((s) => `${fmt.dateTime(s.dueAt, NEW_YORK)} in New York`),
  );
  expect(await userTimes.allTextContents()).not.toEqual(forPriya);
  await expect(pane.getByRole('region', { name: 'Contact: Marcus Oyelaran' })).toBeVisible();

  // Flag from the pane and send: the plan made at send is the one shown.
  await pane.getByTestId('flag-switch').click(); // the switch turns on once the flag is written
  await expect(pane.getByTestId('flag-switch')).toBeChecked();
  await sendAndWait(page, wb, 'Kick-off date');
  const sent = await followUpInRoaming(wb, (f) => f.subject === 'Kick-off date');
  expect(sent.steps.map((s) => fmt.dateTime(s.dueAt, NEW_YORK))).toEqual(
    expected.map((s) => fmt.dateTime(s.dueAt, NEW_YORK)),
  );
  expect((await roamingFollowUps(wb)).length).toBe(1);
});
