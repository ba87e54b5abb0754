/**
 * Calendar dates for return-date reading, in the received date's zone: an exact date, and a day and
 * month without a year (the next one on or after the received date, unless it passed within 30 days:
 * such a date reads as a notice left on after the return, not as next year's).
 */
import { DateTime } from 'luxon';

/** Days before receipt within which a year-less date is read as passed rather than next year's. */
const STALE_DAYS = 30;

/** The date, or undefined when it does not exist (31 April, 29 February 2027). */
export function calendarExact(
  year: number,
  month: number,
  day: number,
  received: DateTime,
): DateTime | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = DateTime.fromObject({ year, month, day }, { zone: received.zone });
  return date.isValid ? date : undefined;
}

/** The first year from `year` on in which the date exists (29 February waits for a leap year). */
function calendarFrom(year: number, month: number, day: number, received: DateTime): DateTime | undefined {
  for (let offset = 0; offset < 8; offset++) {
    const date = calendarExact(year + offset, month, day, received);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** A day and month without a year, resolved against `received` (start of the received day). */
export function calendarYearless(month: number, day: number, received: DateTime): DateTime | undefined {
  const thisYear = calendarFrom(received.year, month, day, received);
  if (thisYear === undefined) return undefined;
  if (thisYear >= received || received.diff(thisYear, 'days').days <= STALE_DAYS) return thisYear;
  return calendarFrom(received.year + 1, month, day, received);
}
