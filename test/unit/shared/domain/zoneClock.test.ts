import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import {
  DAY_MS,
  dayOfIsoDate,
  dayWeekday,
  isoDateOfDay,
  localInstant,
  localSpans,
  localTimeOf,
  MINUTE_MS,
} from '../../../../src/shared/domain/zoneClock';
import { zoneIsKnown, zoneOffsetMinutes } from '../../../../src/shared/domain/zoneOffset';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Santiago',
  'UTC',
] as const;

const iso = (at: number, zone: string): string | null =>
  DateTime.fromMillis(at, { zone }).toISO({ suppressMilliseconds: true });
const dayOf = (date: string): number => dayOfIsoDate(date) as number;

describe('zoneOffsetMinutes', () => {
  it('equals luxon for any instant in any zone (memo included)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) }),
        (zone, at) => {
          expect(zoneOffsetMinutes(zone, at)).toBe(IANAZone.create(zone).offset(at));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('switches at the exact millisecond of a transition', () => {
    const change = Date.parse('2026-03-08T07:00:00Z'); // New York: 02:00 EST → 03:00 EDT
    expect(zoneOffsetMinutes('America/New_York', change - 1)).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', change)).toBe(-240);
  });

  it('treats an unknown zone as UTC and says it is unknown', () => {
    expect(zoneIsKnown('Mars/Olympus_Mons')).toBe(false);
    expect(zoneOffsetMinutes('Mars/Olympus_Mons', 0)).toBe(0);
    expect(zoneIsKnown('Asia/Kolkata')).toBe(true);
  });
});

describe('local calendar', () => {
  it('knows weekdays and ISO dates', () => {
    expect(dayWeekday(0)).toBe(4); // 1970-01-01, a Thursday
    expect(dayWeekday(dayOf('2026-03-10'))).toBe(2);
    expect(dayWeekday(-1)).toBe(3);
    expect(isoDateOfDay(dayOf('2026-02-28') + 1)).toBe('2026-03-01');
    expect(dayOfIsoDate('2026-02-29')).toBeNull();
    expect(dayOfIsoDate('2026-13-01')).toBeNull();
    expect(dayOfIsoDate('10/03/2026')).toBeNull();
  });

  it('reads the local time of an instant like luxon does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (zone, at) => {
          const local = localTimeOf(zone, at);
          const dt = DateTime.fromMillis(at, { zone });
          expect(isoDateOfDay(local.day)).toBe(dt.toISODate());
          expect(local.minute).toBe(dt.hour * 60 + dt.minute);
          expect(local.weekday).toBe(dt.weekday);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('localInstant and localSpans across DST (both hemispheres)', () => {
  it.each([
    // zone, date, local time, expected instant (nonexistent → end of the gap; repeated → first pass)
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T03:00:00-04:00'],
    ['America/New_York', '2026-03-08', '03:00', '2026-03-08T03:00:00-04:00'],
    ['America/New_York', '2026-03-08', '01:59', '2026-03-08T01:59:00-05:00'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T01:30:00-04:00'],
    ['America/New_York', '2026-11-01', '02:00', '2026-11-01T02:00:00-05:00'],
    ['Europe/Berlin', '2026-03-29', '02:15', '2026-03-29T03:00:00+02:00'],
    ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T02:30:00+02:00'],
    ['Australia/Sydney', '2026-10-04', '02:30', '2026-10-04T03:00:00+11:00'],
    ['Australia/Sydney', '2026-04-05', '02:30', '2026-04-05T02:30:00+11:00'],
    ['Australia/Lord_Howe', '2026-10-04', '02:10', '2026-10-04T02:30:00+11:00'],
    ['Asia/Kolkata', '2026-03-08', '02:30', '2026-03-08T02:30:00+05:30'],
  ])('%s %s %s → %s', (zone, date, time, expected) => {
    const [h, m] = time.split(':').map(Number) as [number, number];
    expect(iso(localInstant(zone, dayOf(date), h * 60 + m), zone)).toBe(
      DateTime.fromISO(expected, { zone }).toISO({ suppressMilliseconds: true }),
    );
  });

  it('a 01:00–01:30 window on a fall-back night happens twice (New York)', () => {
    const day = dayOf('2026-11-01');
    const spans = localSpans(
      'America/New_York',
      day * DAY_MS + 60 * MINUTE_MS,
      day * DAY_MS + 90 * MINUTE_MS,
    );
    expect(spans.map((s) => [iso(s.start, 'America/New_York'), iso(s.end, 'America/New_York')])).toEqual([
      ['2026-11-01T01:00:00-04:00', '2026-11-01T01:30:00-04:00'],
      ['2026-11-01T01:00:00-05:00', '2026-11-01T01:30:00-05:00'],
    ]);
  });

  it('a 00:00–04:00 window on a spring-forward night lasts 3 hours (Berlin), 5 on a fall-back night', () => {
    const span = (date: string): number =>
      localSpans('Europe/Berlin', dayOf(date) * DAY_MS, dayOf(date) * DAY_MS + 240 * MINUTE_MS).reduce(
        (n, s) => n + s.end - s.start,
        0,
      );
    expect(span('2026-03-29')).toBe(3 * 3_600_000);
    expect(span('2026-10-25')).toBe(5 * 3_600_000);
    expect(span('2026-10-26')).toBe(4 * 3_600_000);
  });

  it('spans hold exactly the instants whose local clock reads inside the range (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: dayOf('2026-01-01'), max: dayOf('2027-12-31') }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 1440 }),
        fc.integer({ min: -2 * DAY_MS, max: 2 * DAY_MS }),
        (zone, day, startMinute, length, probeOffset) => {
          const from = day * DAY_MS + startMinute * MINUTE_MS;
          const to = from + length * MINUTE_MS;
          const probe = from - 14 * 3_600_000 + probeOffset / 2;
          const dt = DateTime.fromMillis(probe, { zone });
          const reading = probe + dt.offset * MINUTE_MS;
          const expected = reading >= from && reading < to;
          const actual = localSpans(zone, from, to).some((s) => probe >= s.start && probe < s.end);
          expect(actual).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('spans hold the reading of instants right at a transition (property near DST changes)', () => {
    const changes = [
      ['America/New_York', '2026-03-08T07:00:00Z'],
      ['America/New_York', '2026-11-01T06:00:00Z'],
      ['Europe/Berlin', '2026-03-29T01:00:00Z'],
      ['Europe/Berlin', '2026-10-25T01:00:00Z'],
      ['Australia/Sydney', '2026-04-04T16:00:00Z'],
      ['Australia/Sydney', '2026-10-03T16:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...changes),
        fc.integer({ min: -180, max: 180 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 15, max: 600 }),
        ([zone, at], probeMinutes, startMinute, length) => {
          const change = Date.parse(at);
          const probe = change + probeMinutes * MINUTE_MS;
          const day = localTimeOf(zone, change).day - 1;
          const from = day * DAY_MS + startMinute * MINUTE_MS;
          const to = from + length * MINUTE_MS;
          for (const shift of [0, 1]) {
            const f = from + shift * DAY_MS;
            const t = to + shift * DAY_MS;
            const reading = probe + DateTime.fromMillis(probe, { zone }).offset * MINUTE_MS;
            const expected = reading >= f && reading < t;
            expect(localSpans(zone, f, t).some((s) => probe >= s.start && probe < s.end)).toBe(expected);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
