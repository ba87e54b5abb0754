import { ladderChoiceValidate } from '../../../../src/shared/domain/ladderChoiceValidate';
import { settingsPlanValidate } from '../../../../src/shared/domain/settingsPlanValidate';
import { userScheduleValidate } from '../../../../src/shared/domain/userScheduleValidate';

describe('userScheduleValidate', () => {
  it('reads a schedule, with defaults for days and hours', () => {
    expect(
      userScheduleValidate({ timeZone: 'Europe/Berlin', workingHours: [{ start: '09:00', end: '17:30' }] }),
    ).toEqual({
      ok: true,
      value: {
        timeZone: 'Europe/Berlin',
        workingDays: [1, 2, 3, 4, 5],
        workingHours: [{ start: 540, end: 1050 }],
      },
    });
    expect(userScheduleValidate({ timeZone: 'Asia/Kolkata' })).toEqual({
      ok: true,
      value: {
        timeZone: 'Asia/Kolkata',
        workingDays: [1, 2, 3, 4, 5],
        workingHours: [{ start: 540, end: 1020 }],
      },
    });
  });

  it('accepts a night shift crossing midnight', () => {
    const result = userScheduleValidate({
      timeZone: 'UTC',
      workingHours: [{ start: '22:00', end: '06:00' }],
    });
    expect(result.ok && result.value.workingHours).toEqual([{ start: 1320, end: 360 }]);
  });

  it.each([
    [{ timeZone: 'Europe/Berln' }, 'user.timeZone: unknown time zone "Europe/Berln"'],
    [{ timeZone: 'UTC', workingDays: [] }, 'user.workingDays: must name at least one day'],
    [{ timeZone: 'UTC', workingHours: [] }, 'user.workingHours: must hold at least one range'],
    [
      { timeZone: 'UTC', workingHours: [{ start: '9:00', end: '25:00' }] },
      'user.workingHours[0].end: "25:00" is not a time',
    ],
    ['Europe/Berlin', 'user: must be an object'],
  ])('%j → %s', (value, reason) => {
    const result = userScheduleValidate(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('refuses unknown fields when strict', () => {
    const result = userScheduleValidate({ timeZone: 'UTC', workingHour: [] }, 'user', true);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('user.workingHour: unknown field') as unknown,
    });
  });
});

describe('ladderChoiceValidate', () => {
  it('reads the named ladders and custom waits', () => {
    expect(ladderChoiceValidate('prompt')).toEqual({ ok: true, value: 'prompt' });
    expect(ladderChoiceValidate('relaxed')).toEqual({ ok: true, value: 'relaxed' });
    expect(ladderChoiceValidate({ waitsHours: [24, 48.5] })).toEqual({
      ok: true,
      value: { waitsHours: [24, 48.5] },
    });
  });

  it.each([
    ['urgent', 'ladder: must be "prompt", "relaxed" or { "waitsHours": [hours, …] }, got "urgent"'],
    [{ waitsHours: [] }, 'ladder.waitsHours: must hold at least one wait'],
    [{ waitsHours: [24, -1] }, 'ladder.waitsHours[1]: must be between 1 and 2160 hours, got -1'],
    [{ waitsHours: [24, '48'] }, 'ladder.waitsHours[1]: must be a number of hours'],
    [{ waitsHours: Array.from({ length: 11 }, () => 24) }, 'ladder.waitsHours: has 11 entries; at most 10'],
    [{ waits: [24] }, 'ladder.waits: unknown field'],
  ])('%j → %s', (value, reason) => {
    const result = ladderChoiceValidate(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('settingsPlanValidate', () => {
  it('reads the planner settings with defaults', () => {
    expect(settingsPlanValidate({ user: { timeZone: 'UTC' } })).toEqual({
      ok: true,
      value: {
        user: { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], workingHours: [{ start: 540, end: 1020 }] },
        defaultLadder: 'prompt',
        reengageAfterDays: 30,
        defaultPauseDays: 7,
      },
    });
  });

  it.each([
    [
      { user: { timeZone: 'UTC' }, reengageAfterDays: 0 },
      'settings.reengageAfterDays: must be a whole number of days from 1 to 365, got 0',
    ],
    [
      { user: { timeZone: 'UTC' }, defaultPauseDays: 2.5 },
      'settings.defaultPauseDays: must be a whole number',
    ],
    [
      { user: { timeZone: 'UTC' }, defaultLadder: { waitsHours: [0] } },
      'settings.defaultLadder.waitsHours[0]',
    ],
    [{ user: { timeZone: 'Nope' } }, 'settings.user.timeZone: unknown time zone "Nope"'],
  ])('%j → %s', (value, reason) => {
    const result = settingsPlanValidate(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
