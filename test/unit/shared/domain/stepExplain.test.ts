import { ladderPlan } from '../../../../src/shared/domain/ladderPlan';
import { planWindows } from '../../../../src/shared/domain/planWindows';
import { stepExplain, windowCheckOpen } from '../../../../src/shared/domain/stepExplain';
import { stepExplainText, zoneCity } from '../../../../src/shared/domain/stepExplainText';
import { at, contactOf, range, userOf } from './planFixtures';

const contact = contactOf({
  displayName: 'Dana',
  bestDays: [2, 3, 4],
  bestTimes: [range('08:00', '10:00')],
  worstTimes: [range('12:00', '13:00')],
});
const user = userOf();
const windows = planWindows(contact, user);
const sentAt = at('2026-03-06T10:00:00+01:00');
const plan = ladderPlan({ sentAt, ladder: 'prompt', contact, user });

describe('stepExplain', () => {
  it('derives why reminder 2 moved: 72 h after reminder 1 is a Friday', () => {
    const explanation = stepExplain({
      step: plan.steps[1]!,
      anchorAt: plan.steps[0]!.dueAt,
      waitHours: 72,
      windows,
    });
    expect(explanation).toMatchObject({
      earliestAt: at('2026-03-13T08:00:00-04:00'),
      dueAt: at('2026-03-17T08:00:00-04:00'),
      closedAtEarliest: ['bestDays'],
      relaxed: [],
      snoozedUntil: null,
    });
    expect(
      stepExplainText(explanation, windows, { step: 'Reminder 2', anchor: 'reminder 1', contact: 'Dana' }),
    ).toBe(
      "Reminder 2 waits 72 h after reminder 1: Fri 13 Mar 08:00 New York time (Fri 13 Mar 13:00 your time). That is not one of Dana's best days (Tue–Thu), so it moves to Tue 17 Mar 08:00 New York time (Tue 17 Mar 13:00 your time).",
    );
  });

  it('names every window that was shut, and says when a step fits at once', () => {
    const first = stepExplain({ step: plan.steps[0]!, anchorAt: sentAt, waitHours: 48, windows });
    expect(first.closedAtEarliest).toEqual(['bestDays', 'bestTimes', 'userDays']);
    const last = stepExplain({
      step: plan.steps[2]!,
      anchorAt: plan.steps[1]!.dueAt,
      waitHours: 48,
      windows,
    });
    expect(last.closedAtEarliest).toEqual([]);
    expect(
      stepExplainText(last, windows, { step: 'Switch to phone', anchor: 'reminder 2', contact: 'Dana' }),
    ).toMatch(/That fits every window\.$/);
  });

  it('checks each window on its own, worst times included', () => {
    expect(windowCheckOpen(windows, 'worstTimes', at('2026-03-10T12:30:00-04:00'))).toBe(false);
    expect(windowCheckOpen(windows, 'worstTimes', at('2026-03-10T11:30:00-04:00'))).toBe(true);
    expect(windowCheckOpen(windows, 'userHours', at('2026-03-10T11:30:00-04:00'))).toBe(true); // 16:30 Berlin
    expect(windowCheckOpen(windows, 'userHours', at('2026-03-10T12:30:00-04:00'))).toBe(false); // 17:30 Berlin
  });

  it('explains a relaxed step and a snoozed one', () => {
    const sydney = contactOf({
      displayName: 'Kiri',
      timeZone: 'Australia/Sydney',
      bestDays: [1, 2, 3, 4, 5],
      bestTimes: [range('09:00', '11:00')],
    });
    const nyUser = userOf({ timeZone: 'America/New_York', workingHours: [range('08:30', '17:00')] });
    const relaxedPlan = ladderPlan({
      sentAt: at('2026-10-05T16:30:00-04:00'),
      ladder: 'prompt',
      contact: sydney,
      user: nyUser,
    });
    const w = planWindows(sydney, nyUser);
    const text = stepExplainText(
      stepExplain({
        step: relaxedPlan.steps[1]!,
        anchorAt: relaxedPlan.steps[0]!.dueAt,
        waitHours: 72,
        windows: w,
      }),
      w,
      { step: 'Reminder 2', anchor: 'reminder 1', contact: 'Kiri' },
    );
    expect(text).toContain('No time within 14 days fits every window, so it ignores your working hours.');
    const snoozed = {
      ...plan.steps[0]!,
      dueAt: at('2026-03-11T19:45:00Z'),
      snoozedUntil: at('2026-03-11T19:45:00Z'),
      relaxed: [],
    };
    expect(
      stepExplainText(stepExplain({ step: snoozed, anchorAt: sentAt, waitHours: 48, windows }), windows, {
        step: 'Reminder 1',
        anchor: 'sending',
        contact: 'Dana',
      }),
    ).toBe('Reminder 1 was snoozed to Wed 11 Mar 15:45 New York time (Wed 11 Mar 20:45 your time).');
  });

  it('mentions a hold-back (pause, return) when it decided the time', () => {
    const notBefore = at('2026-03-16T00:00:00-04:00');
    const explanation = stepExplain({
      step: { dueAt: at('2026-03-17T08:00:00-04:00'), relaxed: [] },
      anchorAt: sentAt,
      waitHours: 48,
      notBefore,
      windows,
    });
    expect(explanation.earliestAt).toBe(notBefore);
    expect(
      stepExplainText(explanation, windows, {
        step: 'Reminder 1',
        anchor: 'sending',
        contact: 'Dana',
        holdBack: 'Dana is back',
      }),
    ).toContain('waits 48 h after sending, and not before Dana is back: Mon 16 Mar 00:00');
  });

  it('zoneCity reads IANA names', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});
