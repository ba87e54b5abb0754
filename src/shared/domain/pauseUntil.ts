/**
 * When a plan paused by an automatic reply resumes: the start of the day after the return date, in
 * the contact's zone (the person gets their first day back to read their mail); with no return date,
 * the start of the day `defaultPauseDays` after the day the auto-reply was received. Calendar days,
 * so a DST change in between does not shift the hour. The planner then moves each step to the next
 * good slot from there.
 */
import { DateTime, IANAZone } from 'luxon';
import { fail, ok, type Result } from '../result';
import type { Instant, LocalDate } from './types';

/** The instant the pause ends; refuses an unknown zone, a malformed date or a negative default. */
export function pauseUntil(
  returnDate: LocalDate | null,
  receivedAt: Instant,
  timeZone: string,
  defaultPauseDays: number,
): Result<Instant> {
  if (!IANAZone.isValidZone(timeZone) && !/^UTC(?:[+-]\d{1,2}(?::\d{2})?)?$/.test(timeZone)) {
    return fail(`timeZone: unknown time zone "${timeZone}"`);
  }
  if (returnDate !== null) {
    const back = /^\d{4}-\d{2}-\d{2}$/.test(returnDate)
      ? DateTime.fromISO(returnDate, { zone: timeZone })
      : undefined;
    if (!back?.isValid) return fail(`returnDate: expected "YYYY-MM-DD", got "${returnDate}"`);
    return ok(back.plus({ days: 1 }).startOf('day').toMillis());
  }
  if (!Number.isInteger(defaultPauseDays) || defaultPauseDays < 0) {
    return fail(`defaultPauseDays: expected a whole number of days ≥ 0, got ${defaultPauseDays}`);
  }
  const received = DateTime.fromMillis(receivedAt, { zone: timeZone });
  return ok(received.startOf('day').plus({ days: defaultPauseDays }).toMillis());
}
