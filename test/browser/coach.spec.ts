/**
 * The writing coach in the workbench, end to end (issue "Writing coach", Done when): an apology for a
 * missed delivery shows the call suggestion with the contact's phone and best time in the compose pane,
 * and sending it raises the Smart Alert once; a long email with three asks to two To: recipients gets
 * each finding with its reason; a short, clear email gets a clean bill.
 */
import type { Frame, Page } from '@playwright/test';
import { roamingBlob } from '../fixtures/roamingBlob';
import { openDevice, paneFrame, pressSend, ribbonButton } from './devicePage';
import { expect, test } from './fixtures';
import { PRIYA, PRIYA_EMAIL, USER_ZONE, compose } from './integrationSupport';

const MISSED_DELIVERY =
  'Hi Priya,\n\nI am so sorry: your delivery was missed yesterday and the parts did not arrive. We will fix it this week.\n\nDana';

/** Opens the compose pane and its writing coach. */
async function openCoach(page: Page): Promise<Frame> {
  await ribbonButton(page, 'Follow-up plan');
  const pane = await paneFrame(page);
  await pane.getByRole('button', { name: 'Check my writing' }).click();
  return pane;
}

test('an apology for a missed delivery suggests a call at the contact’s best time; sending alerts once', async ({
  page,
  session,
  wb,
}) => {
  await wb.setRoaming(
    await roamingBlob(USER_ZONE, Date.parse('2026-11-20T08:00:00Z'), (store) => {
      const saved = store.upsertProfile({
        email: PRIYA_EMAIL,
        displayName: 'Priya Raman',
        channels: [{ kind: 'phone', address: '+6561234567' }, { kind: 'email' }],
        timeZone: 'Asia/Singapore',
        bestDays: [2, 3, 4],
        bestTimes: [{ start: 540, end: 660 }],
        worstTimes: [],
        notes: '',
        status: { kind: 'active' },
      });
      if (!saved.ok) throw new Error(saved.reason.message);
    }),
  );
  await openDevice(page, session);
  await compose(page, { to: PRIYA, subject: 'Your delivery', body: MISSED_DELIVERY });
  const pane = await openCoach(page);
  const call = pane.getByTestId('call-suggestion');
  await expect(call).toBeVisible({ timeout: 10_000 });
  await expect(call.getByRole('link', { name: 'Call +6561234567' })).toHaveAttribute(
    'href',
    'tel:+6561234567',
  );
  await expect(call.getByTestId('call-best-time')).toHaveText(
    // In the workbench's display language (en-US): 9:00 AM–11:00 AM.
    /^Best time: Tue–Thu 9:00\sAM–11:00\sAM \(Singapore\)$/,
  );
  await expect(call.getByTestId('call-script')).toContainText('1. Acknowledge and apologise');

  await pressSend(page);
  const dialog = page.getByRole('alertdialog');
  await expect(page.getByTestId('smart-alert-message')).toContainText('a call lands better than an email');
  await dialog.getByRole('button', { name: "Don't Send" }).click();
  await expect(page.getByRole('form')).toBeVisible();
  // Once per message: the second Send goes without asking.
  await pressSend(page);
  await expect(page.getByRole('form')).toBeHidden();
  await expect
    .poll(async () => (await wb.messages('sent')).some((m) => m.subject === 'Your delivery'))
    .toBe(true);
  expect(await wb.logOf('smartAlert.shown')).toHaveLength(1);
});

test('a long email with three asks to two people gets each finding with its reason; a short, clear one a clean bill', async ({
  page,
  session,
}) => {
  await openDevice(page, session);
  await compose(page, {
    to: `${PRIYA}; Marcus Oyelaran <marcus@fabrikam.example>`,
    subject: 'Several questions about the onboarding package and the timeline for next quarter',
    body: [
      'Hi both,',
      'Could you send me the signed order form? Can you also confirm the kick-off date?',
      'Would you please share the list of attendees?',
      'We have been working on the plan for a long time and we think it covers everything that matters for the first phase of the project. '.repeat(
        8,
      ),
      'Thanks,\nDana',
    ].join('\n'),
  });
  const pane = await openCoach(page);
  const findings = pane.getByRole('list', { name: 'Writing coach findings' });
  await expect(findings).toBeVisible({ timeout: 10_000 });
  for (const rule of ['recipients.toActions', 'asks.many', 'length.words']) {
    const item = findings.locator(`[data-rule="${rule}"]`);
    await expect(item).toBeVisible();
    // Each finding says why, in a sentence.
    expect(((await item.textContent()) ?? '').length).toBeGreaterThan(30);
  }

  // The user rewrites it: one recipient, a short subject, one clear ask. The coach follows the edit.
  const form = page.getByRole('form');
  await form.getByRole('textbox', { name: 'To', exact: true }).fill(PRIYA);
  await form.getByRole('textbox', { name: 'Subject' }).fill('Pilot kickoff next week');
  await form
    .getByRole('textbox', { name: 'Message body' })
    .fill(
      'Hi Priya,\n\nThanks for the call on Tuesday. The pilot team is ready to start with your two warehouses, and we have blocked the first week of March for setup. Our engineer, Sam, will bring the scanners and run a short training for your shift leads on day one.\n\nCould you confirm that Monday 3 March at 9:00 works for the kickoff?\n\nBest regards,\nDana Whitfield',
    );
  await expect(pane.getByTestId('coach-clean')).toBeVisible({ timeout: 10_000 });
  await expect(findings).toBeHidden();
});
