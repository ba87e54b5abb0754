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

/**
 * The first instant at which the zone's clock reads at least `minute` (0–1440) on local `day`.
 * Nonexistent local times (spring forward) give the end of the gap; repeated ones (fall back) their
 * first occurrence.
 */
export function localInstant(zone: string, day: number, minute: number): Instant {
  const local = day * DAY_MS + minute * MINUTE_MS;
  const offsetBefore = zoneOffsetMinutes(zone, local - DAY_MS);
  const offsetAfter = zoneOffsetMinutes(zone, local + DAY_MS);
  const early = local - offsetBefore * MINUTE_MS;
  const late = local - offsetAfter * MINUTE_MS;
  const earlyHolds = zoneOffsetMinutes(zone, early) === offsetBefore;
  const lateHolds = offsetAfter === offsetBefore ? earlyHolds : zoneOffsetMinutes(zone, late) === offsetAfter;
  if (earlyHolds && lateHolds) return Math.min(early, late);
  if (earlyHolds) return early;
  if (lateHolds) return late;
  // In a gap: find the first instant whose local reading has reached `local`.
  let low = Math.min(early, late);
  let high = Math.max(early, late);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (middle + zoneOffsetMinutes(zone, middle) * MINUTE_MS >= local) high = middle;
    else low = middle;
  }
  return high;
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
