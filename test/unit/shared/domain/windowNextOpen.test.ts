import { windowNextOpen } from '../../../../src/shared/domain/windowNextOpen';
import { windowRuleIntervals, windowRuleIsOpen } from '../../../../src/shared/domain/windowRule';
import { DAY } from './windowOracle';

const ny = 'America/New_York';
const at = (iso: string): number => Date.parse(iso);

describe('windowRuleIntervals', () => {
  it('gives a crossing range to the day it starts (Friday 22:00–02:00 runs into Saturday)', () => {
    const rule = { zone: 'UTC', days: [5 as const], ranges: [{ start: 1320, end: 120 }] };
    const spans = windowRuleIntervals(rule, at('2026-03-02T00:00:00Z'), at('2026-03-09T00:00:00Z'));
    expect(spans).toEqual([{ start: at('2026-03-06T22:00:00Z'), end: at('2026-03-07T02:00:00Z') }]);
  });

  it('merges windows that touch across midnight', () => {
    const rule = {
      zone: 'UTC',
      days: [1 as const, 2 as const],
      ranges: [
        { start: 1320, end: 1440 },
        { start: 0, end: 60 },
      ],
    };
    const spans = windowRuleIntervals(rule, at('2026-03-02T00:00:00Z'), at('2026-03-04T00:00:00Z'));
    expect(spans).toEqual([
      { start: at('2026-03-02T00:00:00Z'), end: at('2026-03-02T01:00:00Z') },
      { start: at('2026-03-02T22:00:00Z'), end: at('2026-03-03T01:00:00Z') },
      { start: at('2026-03-03T22:00:00Z'), end: at('2026-03-04T00:00:00Z') },
    ]);
  });

  it('knows a rule that constrains nothing', () => {
    expect(windowRuleIsOpen({ zone: ny, days: [1, 2, 3, 4, 5, 6, 7], ranges: [] })).toBe(true);
    expect(
      windowRuleIsOpen({ zone: ny, days: [1, 2, 3, 4, 5, 6, 7], ranges: [{ start: 0, end: 1440 }] }),
    ).toBe(true);
    expect(windowRuleIsOpen({ zone: ny, days: [1, 2, 3, 4, 5], ranges: [] })).toBe(false);
  });
});

describe('windowNextOpen', () => {
  const tueThu8to10 = {
    zone: ny,
    days: [2 as const, 3 as const, 4 as const],
    ranges: [{ start: 480, end: 600 }],
  };

  it('returns `earliest` itself when it is open with 15 minutes to spare', () => {
    const t = at('2026-03-10T13:20:00Z'); // Tue 09:20 EDT
    expect(windowNextOpen({ inside: [tueThu8to10], outside: [] }, t, t + DAY)).toBe(t);
  });

  it('skips the last 15 minutes of a window', () => {
    const t = at('2026-03-10T13:50:00Z'); // Tue 09:50 EDT: 10 minutes left
    expect(windowNextOpen({ inside: [tueThu8to10], outside: [] }, t, t + 7 * DAY)).toBe(
      at('2026-03-11T12:00:00Z'),
    );
  });

  it('steps over an outside window', () => {
    const lunch = { zone: ny, days: [1, 2, 3, 4, 5, 6, 7] as const, ranges: [{ start: 510, end: 570 }] };
    const t = at('2026-03-10T12:30:00Z'); // Tue 08:30 EDT, in "lunch" 08:30–09:30
    expect(windowNextOpen({ inside: [tueThu8to10], outside: [lunch] }, t, t + DAY)).toBe(
      at('2026-03-10T13:30:00Z'),
    );
  });

  it('returns null when nothing opens before `latest`', () => {
    const t = at('2026-03-12T15:00:00Z'); // Thu 11:00: next window is Tue
    expect(windowNextOpen({ inside: [tueThu8to10], outside: [] }, t, t + 2 * DAY)).toBeNull();
    expect(windowNextOpen({ inside: [tueThu8to10], outside: [] }, t, t + 5 * DAY)).toBe(
      at('2026-03-17T12:00:00Z'),
    );
  });

  it('finds the overlap of two zones (New York 08:00–10:00 and Berlin 09:00–17:30)', () => {
    const berlin = {
      zone: 'Europe/Berlin',
      days: [1, 2, 3, 4, 5] as const,
      ranges: [{ start: 540, end: 1050 }],
    };
    const t = at('2026-03-09T00:00:00Z');
    const found = windowNextOpen({ inside: [tueThu8to10, berlin], outside: [] }, t, t + 14 * DAY) as number;
    // Tue 08:00 New York (EDT since Sunday) is 13:00 Berlin (still CET): inside both.
    expect(found).toBe(at('2026-03-10T12:00:00Z'));
  });
});
