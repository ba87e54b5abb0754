import {
  clockFormat,
  clockParse,
  timeRangeContains,
  timeRangeFormat,
  timeRangeListValidate,
  timeRangeMinutes,
  timeRangesCoverage,
  timeRangeValidate,
} from '../../../../src/shared/domain/timeRange';
import { TIME_PRESETS } from '../../../../src/shared/domain/types';

describe('clockParse / clockFormat', () => {
  it.each([
    ['00:00', 0],
    ['08:00', 480],
    ['8:30', 510],
    ['17:30', 1050],
    ['23:59', 1439],
    [' 09:15 ', 555],
  ])('parses %s', (text, minutes) => {
    expect(clockParse(text)).toBe(minutes);
  });

  it.each(['25:00', '24:01', '12:60', '12', '12:5', 'noon', '', '-1:00', '12:00:00'])(
    'refuses %s',
    (text) => {
      expect(clockParse(text)).toBeNull();
    },
  );

  it('accepts 24:00 only as an end', () => {
    expect(clockParse('24:00')).toBeNull();
    expect(clockParse('24:00', true)).toBe(1440);
  });

  it('formats minutes back, 1440 as 24:00', () => {
    expect(clockFormat(0)).toBe('00:00');
    expect(clockFormat(555)).toBe('09:15');
    expect(clockFormat(1440)).toBe('24:00');
    for (let m = 0; m < 1440; m += 7) expect(clockParse(clockFormat(m))).toBe(m);
  });
});

describe('timeRangeContains', () => {
  it('is start-inclusive and end-exclusive', () => {
    const range = { start: 480, end: 600 };
    expect(timeRangeContains(range, 479)).toBe(false);
    expect(timeRangeContains(range, 480)).toBe(true);
    expect(timeRangeContains(range, 599)).toBe(true);
    expect(timeRangeContains(range, 600)).toBe(false);
  });

  it('handles ranges crossing midnight (22:00–02:00)', () => {
    const range = { start: 1320, end: 120 };
    expect(timeRangeContains(range, 1319)).toBe(false);
    expect(timeRangeContains(range, 1320)).toBe(true);
    expect(timeRangeContains(range, 0)).toBe(true);
    expect(timeRangeContains(range, 119)).toBe(true);
    expect(timeRangeContains(range, 120)).toBe(false);
    expect(timeRangeMinutes(range)).toBe(240);
    expect(timeRangeFormat(range)).toBe('22:00–02:00');
  });

  it('presets: before 8, 8–5, after 5 cover the day exactly once', () => {
    const { before8, workday, after5 } = TIME_PRESETS;
    for (let m = 0; m < 1440; m += 1) {
      const hits = [before8, workday, after5].filter((r) => timeRangeContains(r, m));
      expect(hits).toHaveLength(1);
    }
    expect(timeRangesCoverage([before8, workday, after5]).every(Boolean)).toBe(true);
  });
});

describe('timeRangeValidate', () => {
  it('reads "HH:mm" strings, minutes and preset names', () => {
    expect(timeRangeValidate({ start: '08:00', end: '10:00' }, 'r')).toEqual({
      ok: true,
      value: { start: 480, end: 600 },
    });
    expect(timeRangeValidate({ start: 480, end: 600 }, 'r')).toEqual({
      ok: true,
      value: { start: 480, end: 600 },
    });
    expect(timeRangeValidate('after5', 'r')).toEqual({ ok: true, value: TIME_PRESETS.after5 });
  });

  it('reads an end of 24:00 or 00:00 as midnight, and an earlier end as crossing midnight', () => {
    expect(timeRangeValidate({ start: '17:00', end: '24:00' }, 'r')).toEqual({
      ok: true,
      value: { start: 1020, end: 1440 },
    });
    expect(timeRangeValidate({ start: '17:00', end: '00:00' }, 'r')).toEqual({
      ok: true,
      value: { start: 1020, end: 1440 },
    });
    expect(timeRangeValidate({ start: '00:00', end: '24:00' }, 'r')).toEqual({
      ok: true,
      value: { start: 0, end: 1440 },
    });
    expect(timeRangeValidate({ start: '22:00', end: '02:00' }, 'r')).toEqual({
      ok: true,
      value: { start: 1320, end: 120 },
    });
  });

  it.each([
    [{ start: '25:00', end: '10:00' }, 'x.start: "25:00" is not a time (expected "HH:mm", 00:00–23:59)'],
    [{ start: '08:00', end: '10:61' }, 'x.end: "10:61" is not a time'],
    [{ start: '24:00', end: '10:00' }, 'x.start: "24:00" can only end a range'],
    [{ start: '08:00', end: '08:00' }, 'x: start and end are both 08:00'],
    [{ start: '08:00', end: '08:10' }, 'x: 08:00–08:10 lasts 10 minutes; a range needs at least 15'],
    [{ start: '08:00' }, 'x.end: must be a time "HH:mm", got nothing'],
    [{ start: 1440, end: 60 }, 'x.start: 1440 is not a number of minutes after midnight (0–1439)'],
    [{ start: 60, end: 0 }, 'x.end: 0 is not a number of minutes after midnight (1–1440)'],
    ['lunch', 'x: unknown preset "lunch"'],
    [42, 'x: must be { "start": "HH:mm", "end": "HH:mm" } or a preset name'],
  ])('refuses %j naming the field', (value, reason) => {
    const result = timeRangeValidate(value, 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('validates lists with the index in the field and a maximum', () => {
    const bad = timeRangeListValidate(['workday', { start: '25:00', end: '26:00' }], 'contact.bestTimes');
    expect(bad).toEqual({
      ok: false,
      reason: expect.stringContaining('contact.bestTimes[1].start:') as unknown,
    });
    expect(timeRangeListValidate('workday', 'l')).toEqual({
      ok: false,
      reason: 'l: must be a list, got "workday"',
    });
    const many = Array.from({ length: 9 }, () => 'workday');
    expect(timeRangeListValidate(many, 'l').ok).toBe(false);
  });
});
