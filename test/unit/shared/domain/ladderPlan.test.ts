import { DateTime } from 'luxon';
import { ladderPlan } from '../../../../src/shared/domain/ladderPlan';
import { planWindows } from '../../../../src/shared/domain/planWindows';
import type { ContactProfile, UserSchedule } from '../../../../src/shared/domain/types';
import { ALL_DAYS, at, contactOf, range, userOf } from './planFixtures';
import { HOUR, oracleSlotOk } from './windowOracle';

const iso = (ms: number, zone: string): string | null =>
  DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true });

describe('ladderPlan: the Done-when scenario', () => {
  // Contact in New York, best days Tue–Thu 08:00–10:00; user in Berlin working 09:00–17:30.
  const contact = contactOf({ bestDays: [2, 3, 4], bestTimes: [range('08:00', '10:00')] });
  const user = userOf();
  const windows = planWindows(contact, user);

  it.each([
    '2026-03-06T10:00:00+01:00', // across the US spring-forward, with Europe a week behind
    '2026-03-26T16:00:00+01:00', // across the EU spring-forward
    '2026-10-22T08:00:00+02:00', // across the EU fall-back, with the US a week behind
    '2026-10-29T12:00:00+01:00', // across the US fall-back
    '2026-07-01T09:00:00+02:00',
  ])('sent %s: every step lands inside both windows, none relaxed', (sentAt) => {
    const plan = ladderPlan({ sentAt: at(sentAt), ladder: 'prompt', contact, user });
    expect(plan.warnings).toEqual([]);
    expect(plan.steps.map((s) => [s.kind, s.channel])).toEqual([
      ['reminder', 'email'],
      ['reminder', 'email'],
      ['switch', 'phone'],
    ]);
    let previous = at(sentAt);
    for (const [index, step] of plan.steps.entries()) {
      expect(step.relaxed).toEqual([]);
      expect(oracleSlotOk(windows, [], step.dueAt)).toBe(true);
      const ny = DateTime.fromMillis(step.dueAt, { zone: 'America/New_York' });
      const berlin = DateTime.fromMillis(step.dueAt, { zone: 'Europe/Berlin' });
      expect([2, 3, 4]).toContain(ny.weekday);
      expect(ny.hour * 60 + ny.minute).toBeGreaterThanOrEqual(480);
      expect(ny.hour * 60 + ny.minute).toBeLessThan(600);
      expect(berlin.weekday).toBeLessThanOrEqual(5);
      expect(berlin.hour * 60 + berlin.minute).toBeGreaterThanOrEqual(540);
      expect(berlin.hour * 60 + berlin.minute).toBeLessThan(1050);
      expect(step.dueAt - previous).toBeGreaterThanOrEqual([48, 72, 48][index]! * HOUR);
      previous = step.dueAt;
    }
  });

  it('gives the documented times for a March send', () => {
    const plan = ladderPlan({ sentAt: at('2026-03-06T10:00:00+01:00'), ladder: 'prompt', contact, user });
    expect(plan.steps.map((s) => iso(s.dueAt, 'America/New_York'))).toEqual([
      '2026-03-10T08:00:00-04:00',
      '2026-03-17T08:00:00-04:00',
      '2026-03-19T08:00:00-04:00',
    ]);
  });
});

describe('ladderPlan: waits', () => {
  const open = {
    contact: contactOf(),
    user: userOf({
      timeZone: 'America/New_York',
      workingDays: ALL_DAYS,
      workingHours: [range('00:00', '24:00')],
    }),
  };
  const sentAt = at('2026-05-05T10:00:00-04:00');
  const gaps = (
    ladder: Parameters<typeof ladderPlan>[0]['ladder'],
    contact: ContactProfile = open.contact,
  ): number[] => {
    const plan = ladderPlan({ sentAt, ladder, contact, user: open.user });
    return plan.steps.map((s, i) => (s.dueAt - (i === 0 ? sentAt : plan.steps[i - 1]!.dueAt)) / HOUR);
  };

  it('prompt: +48 h, +72 h, then the switch +48 h (elapsed hours)', () => {
    expect(gaps('prompt')).toEqual([48, 72, 48]);
  });

  it('relaxed: +4 days, +7 days, then the switch +4 days', () => {
    expect(gaps('relaxed')).toEqual([96, 168, 96]);
  });

  it('custom waits, one step per wait', () => {
    expect(gaps({ waitsHours: [5, 30] })).toEqual([5, 30]);
  });

  it("the contact's own wait replaces every wait of the ladder", () => {
    expect(gaps('relaxed', contactOf({ waitHours: 20 }))).toEqual([20, 20, 20]);
  });

  it('counts elapsed hours across a DST change (48 h is 47 wall-clock hours in spring)', () => {
    const user: UserSchedule = { ...open.user };
    const plan = ladderPlan({
      sentAt: at('2026-03-07T09:00:00-05:00'),
      ladder: { waitsHours: [48] },
      contact: open.contact,
      user,
    });
    expect(iso(plan.steps[0]!.dueAt, 'America/New_York')).toBe('2026-03-09T10:00:00-04:00');
  });
});

describe('ladderPlan: channels', () => {
  const user = userOf();
  const sentAt = at('2026-05-05T10:00:00+02:00');
  const channelsOf = (
    contact: ContactProfile,
    ladder: Parameters<typeof ladderPlan>[0]['ladder'] = 'prompt',
  ): string[] => ladderPlan({ sentAt, ladder, contact, user }).steps.map((s) => `${s.kind}:${s.channel}`);

  it('switches to the highest-ranked channel that is not email', () => {
    const contact = contactOf({ channels: [{ kind: 'email' }, { kind: 'sms' }, { kind: 'phone' }] });
    expect(channelsOf(contact)).toEqual(['reminder:email', 'reminder:email', 'switch:sms']);
  });

  it('uses a non-email #1 channel from the second attempt, then the next channel', () => {
    const contact = contactOf({ channels: [{ kind: 'chat' }, { kind: 'email' }, { kind: 'phone' }] });
    expect(channelsOf(contact)).toEqual(['switch:chat', 'reminder:email', 'switch:phone']);
    expect(channelsOf(contactOf({ channels: [{ kind: 'linkedin' }] }))).toEqual([
      'switch:linkedin',
      'reminder:email',
      'switch:linkedin',
    ]);
  });

  it('suggests a phone call and warns when only email is known', () => {
    const contact = contactOf({ channels: [] });
    const plan = ladderPlan({ sentAt, ladder: 'prompt', contact, user });
    expect(plan.steps.map((s) => s.channel)).toEqual(['email', 'email', 'phone']);
    expect(plan.warnings).toEqual([expect.objectContaining({ code: 'noOtherChannel', step: 2 })]);
    expect(plan.warnings[0]!.message).toContain('phone call');
  });

  it('a one-step ladder is a single email reminder (or the #1 channel when it is not email)', () => {
    expect(channelsOf(contactOf({ channels: [] }), { waitsHours: [24] })).toEqual(['reminder:email']);
    expect(channelsOf(contactOf({ channels: [{ kind: 'sms' }] }), { waitsHours: [24] })).toEqual([
      'switch:sms',
    ]);
  });
});

describe('ladderPlan: contact status', () => {
  const user = userOf();

  it('moved-on contacts get no steps and a warning', () => {
    const plan = ladderPlan({
      sentAt: at('2026-05-05T10:00:00+02:00'),
      ladder: 'prompt',
      contact: contactOf({ status: { kind: 'movedOn', since: at('2026-05-01T00:00:00Z') } }),
      user,
    });
    expect(plan.steps).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['movedOn']);
  });

  it('away contacts: nothing before the day after their return (their zone), spacing kept after', () => {
    const contact = contactOf({ status: { kind: 'away', until: '2026-05-20' } });
    const plan = ladderPlan({ sentAt: at('2026-05-05T10:00:00+02:00'), ladder: 'prompt', contact, user });
    expect(plan.steps[0]!.dueAt).toBeGreaterThanOrEqual(at('2026-05-21T00:00:00-04:00'));
    expect(plan.steps[1]!.dueAt - plan.steps[0]!.dueAt).toBeGreaterThanOrEqual(72 * HOUR);
    expect(plan.warnings.map((w) => w.code)).toEqual(['away']);
  });

  it('an away date already past changes nothing', () => {
    const active = ladderPlan({
      sentAt: at('2026-05-05T10:00:00+02:00'),
      ladder: 'prompt',
      contact: contactOf(),
      user,
    });
    const returned = ladderPlan({
      sentAt: at('2026-05-05T10:00:00+02:00'),
      ladder: 'prompt',
      contact: contactOf({ status: { kind: 'away', until: '2026-05-01' } }),
      user,
    });
    expect(returned).toEqual(active);
  });
});

describe('ladderPlan: relaxation', () => {
  it('drops the user hours first when the windows never meet (Sydney contact, New York user)', () => {
    const contact = contactOf({
      timeZone: 'Australia/Sydney',
      bestDays: [1, 2, 3, 4, 5],
      bestTimes: [range('09:00', '11:00')],
    });
    const user = userOf({ timeZone: 'America/New_York', workingHours: [range('08:30', '17:00')] });
    const plan = ladderPlan({ sentAt: at('2026-09-30T16:30:00-04:00'), ladder: 'relaxed', contact, user });
    const windows = planWindows(contact, user);
    for (const step of plan.steps) {
      expect(step.relaxed).toEqual(['userHours']);
      expect(oracleSlotOk(windows, ['userHours'], step.dueAt)).toBe(true);
    }
    expect(plan.warnings.map((w) => [w.code, w.step])).toEqual([
      ['relaxed', 0],
      ['relaxed', 1],
      ['relaxed', 2],
    ]);
    expect(plan.warnings[0]!.message).toContain('ignores your working hours');
  });

  it('then the user days, then best times, then best days', () => {
    // The contact can only be reached on Sundays; the user never works on Sundays.
    const contact = contactOf({
      timeZone: 'Europe/Berlin',
      bestDays: [7],
      bestTimes: [range('10:00', '12:00')],
    });
    const plan = ladderPlan({
      sentAt: at('2026-05-05T10:00:00+02:00'),
      ladder: { waitsHours: [1] },
      contact,
      user: userOf(),
    });
    expect(plan.steps[0]!.relaxed).toEqual(['userHours', 'userDays']);
    expect(iso(plan.steps[0]!.dueAt, 'Europe/Berlin')).toBe('2026-05-10T10:00:00+02:00');
  });

  it("drops the contact's best times before their best days", () => {
    // Worst times leave only 10 minutes of the best range: no slot, whatever the day.
    const contact = contactOf({
      timeZone: 'Europe/Berlin',
      bestDays: [6],
      bestTimes: [range('10:00', '12:00')],
      worstTimes: [range('10:00', '11:50')],
    });
    const user = userOf({ workingDays: ALL_DAYS, workingHours: [range('00:00', '24:00')] });
    const plan = ladderPlan({
      sentAt: at('2026-05-05T10:00:00+02:00'),
      ladder: { waitsHours: [1] },
      contact,
      user,
    });
    expect(plan.steps[0]!.relaxed).toEqual(['bestTimes']);
    expect(iso(plan.steps[0]!.dueAt, 'Europe/Berlin')).toBe('2026-05-09T00:00:00+02:00');
  });

  it('drops worst times only when nothing else is possible, and says so', () => {
    // Worst times leave 12:00–12:10 every day: too short for a 15-minute slot.
    const contact = contactOf({ worstTimes: [range('00:00', '12:00'), range('12:10', '24:00')] });
    const plan = ladderPlan({
      sentAt: at('2026-05-05T10:00:00-04:00'),
      ladder: { waitsHours: [2] },
      contact,
      user: userOf(),
    });
    expect(plan.steps[0]!.relaxed).toEqual(['userHours', 'userDays', 'worstTimes']);
    expect(plan.steps[0]!.dueAt).toBe(at('2026-05-05T12:00:00-04:00'));
    expect(plan.warnings[0]!.message).toContain("Dana's worst times");
  });

  it('lists only constraints that exist (no best times means none to drop)', () => {
    const contact = contactOf({ timeZone: 'Europe/Berlin', bestDays: [6] });
    const plan = ladderPlan({
      sentAt: at('2026-05-05T10:00:00+02:00'),
      ladder: { waitsHours: [1] },
      contact,
      user: userOf(),
    });
    expect(plan.steps[0]!.relaxed).toEqual(['userHours', 'userDays']);
  });
});

describe('ladderPlan: DST weeks (table)', () => {
  // The contact and the user share a zone; only the contact's best times constrain.
  const rows: readonly [string, string, number, [string, string], string][] = [
    ['America/New_York', '2026-03-07T09:10:00-05:00', 24, ['08:00', '12:00'], '2026-03-08T10:10:00-04:00'],
    ['America/New_York', '2026-03-07T02:10:00-05:00', 24, ['02:00', '03:30'], '2026-03-08T03:10:00-04:00'],
    ['America/New_York', '2026-10-31T01:40:00-04:00', 24, ['01:00', '02:00'], '2026-11-01T01:40:00-04:00'],
    ['America/New_York', '2026-10-31T01:40:00-04:00', 25, ['01:00', '02:00'], '2026-11-01T01:40:00-05:00'],
    ['Europe/Berlin', '2026-03-28T02:30:00+01:00', 24, ['02:00', '04:00'], '2026-03-29T03:30:00+02:00'],
    ['Europe/Berlin', '2026-10-24T09:00:00+02:00', 48, ['09:00', '10:00'], '2026-10-26T09:00:00+01:00'],
    // 02:20 CEST leaves 10 minutes of the first pass; the repeated hour gives the second pass.
    ['Europe/Berlin', '2026-10-24T02:20:00+02:00', 24, ['02:00', '02:30'], '2026-10-25T02:00:00+01:00'],
    ['Australia/Sydney', '2026-10-03T02:00:00+10:00', 24, ['02:00', '02:45'], '2026-10-05T02:00:00+11:00'],
    ['Australia/Sydney', '2026-04-04T02:50:00+11:00', 24, ['02:00', '03:00'], '2026-04-05T02:50:00+11:00'],
    ['Australia/Sydney', '2026-04-04T08:00:00+11:00', 24, ['09:00', '10:00'], '2026-04-05T09:00:00+10:00'],
    ['Asia/Kolkata', '2026-03-28T14:10:00+05:30', 24, ['14:00', '16:00'], '2026-03-29T14:10:00+05:30'],
  ];

  it.each(rows)('%s sent %s, wait %i h, best %j → %s', (zone, sentAt, hours, [start, end], expected) => {
    const contact = contactOf({ timeZone: zone, bestTimes: [range(start, end)] });
    const user = userOf({ timeZone: zone, workingDays: ALL_DAYS, workingHours: [range('00:00', '24:00')] });
    const plan = ladderPlan({ sentAt: at(sentAt), ladder: { waitsHours: [hours] }, contact, user });
    expect(iso(plan.steps[0]!.dueAt, zone)).toBe(expected);
    expect(plan.steps[0]!.relaxed).toEqual([]);
  });

  it("keeps a Kolkata contact's afternoon inside a Berlin user's hours across the EU change", () => {
    const contact = contactOf({
      timeZone: 'Asia/Kolkata',
      bestDays: [1, 2, 3, 4, 5],
      bestTimes: [range('14:00', '16:00')],
    });
    const plan = ladderPlan({
      sentAt: at('2026-03-25T08:00:00+01:00'),
      ladder: 'prompt',
      contact,
      user: userOf(),
    });
    expect(plan.steps.map((s) => iso(s.dueAt, 'Asia/Kolkata'))).toEqual([
      '2026-03-27T14:00:00+05:30',
      '2026-03-30T14:00:00+05:30',
      '2026-04-01T14:00:00+05:30',
    ]);
    expect(plan.steps.map((s) => iso(s.dueAt, 'Europe/Berlin'))).toEqual([
      '2026-03-27T09:30:00+01:00',
      '2026-03-30T10:30:00+02:00',
      '2026-04-01T10:30:00+02:00',
    ]);
  });
});

describe('ladderPlan: never throws, never an empty plan without a warning', () => {
  it('unknown zones (unvalidated input) plan in UTC with a warning', () => {
    const plan = ladderPlan({
      sentAt: at('2026-05-05T10:00:00Z'),
      ladder: 'prompt',
      contact: contactOf({ timeZone: 'Mars/Base' }),
      user: userOf({ timeZone: 'Nowhere/Land' }),
    });
    expect(plan.steps).toHaveLength(3);
    expect(plan.warnings.filter((w) => w.code === 'unknownZone')).toHaveLength(2);
  });

  it('an empty custom ladder gives no steps and says so', () => {
    const plan = ladderPlan({
      sentAt: at('2026-05-05T10:00:00Z'),
      ladder: { waitsHours: [] },
      contact: contactOf(),
      user: userOf(),
    });
    expect(plan.steps).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['noSteps']);
  });

  it('empty day lists (unvalidated) still place every step, relaxed and warned', () => {
    const plan = ladderPlan({
      sentAt: at('2026-05-05T10:00:00Z'),
      ladder: 'prompt',
      contact: contactOf({ bestDays: [] }),
      user: userOf({ workingDays: [], workingHours: [] }),
    });
    expect(plan.steps).toHaveLength(3);
    expect(plan.warnings.every((w) => w.code === 'relaxed')).toBe(true);
  });
});
