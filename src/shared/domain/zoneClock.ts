import { intervalsNormalize, type Interval } from './intervalSet';
import type { Instant, LocalDate, Weekday } from './types';
import { zoneOffsetMinutes } from './zoneOffset';

/**
 * Local calendar arithmetic in an IANA zone without building date objects: a local day is a day
 * number (days since 1970-01-01 on the local calendar), a local time is minutes after midnight.
 * Converting a local time to an instant is DST-safe: a time skipped by a spring-forward gap maps to
 * the first instant after the gap, and a time repeated by a fall-back maps to its first occurrence.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export interface LocalTime {
  /** Local calendar day, as days since 1970-01-01. */
  readonly day: number;
  /** Minutes after local midnight, 0–1439. */
  readonly minute: number;
  readonly weekday: Weekday;
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function dayWeekday(day: number): Weekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The local day, time and weekday of an instant in a zone. */
export function localTimeOf(zone: string, at: Instant): LocalTime {
  const local = at + zoneOffsetMinutes(zone, at) * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  return { day, minute: Math.floor((local - day * DAY_MS) / MINUTE_MS), weekday: dayWeekday(day) };
}

/** The instant where the zone's offset changes from `before` to `after` within [low, high] (bisection). */
function offsetChange(zone: string, low: Instant, high: Instant, before: number): Instant {
  let lo = low;
  let hi = high;
  while (hi - lo > 1) {
    const middle = Math.floor((lo + hi) / 2);
    if (zoneOffsetMinutes(zone, middle) === before) lo = middle;
    else hi = middle;
  }
  return hi;
}

/**
 * The instants at which the zone's clock reads a local time in [from, to) (local milliseconds since
 * 1970-01-01 on the local calendar): one interval, or two when a fall-back repeats part of it (the
 * first and the second pass). Times skipped by a spring-forward gap are simply absent. Assumes at most
 * one offset change within a day of the range, which holds for every zone in use.
 */
export function localSpans(zone: string, from: number, to: number): Interval[] {
  const before = zoneOffsetMinutes(zone, from - DAY_MS);
  const after = zoneOffsetMinutes(zone, to + DAY_MS);
  if (before === after)
    return to > from ? [{ start: from - before * MINUTE_MS, end: to - before * MINUTE_MS }] : [];
  const change = offsetChange(zone, from - DAY_MS, to + DAY_MS, before);
  // Readings before the change use `before`, after it `after`; each pass is clipped to its side.
  const first = (local: number): Instant => Math.min(local - before * MINUTE_MS, change);
  const second = (local: number): Instant => Math.max(local - after * MINUTE_MS, change);
  return intervalsNormalize([
    { start: first(from), end: first(to) },
    { start: second(from), end: second(to) },
  ]);
}

/**
 * The first instant at which the zone's clock reads at least `minute` (0–1440) on local `day`.
 * Nonexistent local times (spring forward) give the end of the gap; repeated ones (fall back) their
 * first occurrence.
 */
export function localInstant(zone: string, day: number, minute: number): Instant {
  const local = day * DAY_MS + minute * MINUTE_MS;
  const spans = localSpans(zone, local, local + DAY_MS);
  return spans[0]?.start ?? local - zoneOffsetMinutes(zone, local) * MINUTE_MS;
}

/** The day number of "YYYY-MM-DD", or null when it is not a real calendar date. */
export function dayOfIsoDate(date: LocalDate): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, dayOfMonth);
  const check = new Date(ms);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== dayOfMonth
  ) {
    return null;
  }
  return ms / DAY_MS;
}

/** "YYYY-MM-DD" of a day number. */
export function isoDateOfDay(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
