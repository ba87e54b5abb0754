/**
 * Numeric dates whose order is not written down ("03/12", "3.12.2026", "12-03-26"). The rule:
 * 1. a part above 12 is the day (13/12, 12/13);
 * 2. dotted dates are day.month (no locale writes month.day with dots);
 * 3. in a text read as de/fr/es/it/nl/pt (`dayFirst`), day/month;
 * 4. otherwise (English or undetermined), the reading that falls soonest on or after the received
 *    date, since an absence is usually short: received 28 Nov, "back 12/03" is 3 December; received
 *    1 March, it is 12 March.
 */
import type { DateTime } from 'luxon';
import { calendarExact, calendarYearless } from './returnDateCalendar';
import type { DateMention } from './returnDateMentions';

type NumericMention = Extract<DateMention, { kind: 'numeric' }>;

function reading(
  day: number,
  month: number,
  year: number | undefined,
  received: DateTime,
): DateTime | undefined {
  return year === undefined
    ? calendarYearless(month, day, received)
    : calendarExact(year, month, day, received);
}

/** The date a numeric mention stands for, by the rule above; undefined when neither reading is a date. */
export function returnDateNumeric(
  mention: NumericMention,
  received: DateTime,
  dayFirst: boolean | undefined,
): DateTime | undefined {
  const { a, b, year, separator } = mention;
  if (a > 12 || separator === '.' || dayFirst === true) return reading(a, b, year, received);
  if (b > 12) return reading(b, a, year, received);
  const readings = [reading(a, b, year, received), reading(b, a, year, received)].filter(
    (date): date is DateTime => date !== undefined,
  );
  const ahead = readings.filter((date) => date >= received).sort((x, y) => x.toMillis() - y.toMillis());
  if (ahead[0] !== undefined) return ahead[0];
  return readings.sort((x, y) => y.toMillis() - x.toMillis())[0];
}
