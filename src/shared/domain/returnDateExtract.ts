/**
 * The date an out-of-office notice says its writer is back, resolved against the received time in
 * a given zone. Rules (each tested):
 * - Meaning (returnDateRole): "back on X", "until X" → back on X; "through X", "X inclusive",
 *   "tot en met X", a range "A–X" → back the day after X, moved past a Saturday/Sunday to Monday.
 *   When several dates qualify, a "back" date wins over a "through" date over an "until" date;
 *   among equals, the first in the text.
 * - Year: a date without one is the next such date on or after the received date, except a date
 *   up to 30 days before it, which is read as a notice left on after the return (a passed date).
 * - Numeric dates (returnDateNumeric): ISO is year-month-day; a part above 12 is the day; dotted
 *   dates are day.month; other numeric dates are day/month in a de/fr/es/it/nl/pt text and, in an
 *   English or undetermined text, whichever reading falls soonest on or after the received date.
 * - Weekdays are the next such day after the received date, or after a later calendar date written
 *   before them ("through Friday 5 December, back Monday"); "tomorrow" and its translations +1,
 *   "the day after tomorrow" +2, "next week" the next Monday.
 * - A return date before the received date (passed) or more than 366 days after it (a typo) is
 *   no return date; `note` says why.
 */
import { DateTime } from 'luxon';
import { calendarExact, calendarYearless } from './returnDateCalendar';
import { returnDateMentions, type DateMention } from './returnDateMentions';
import { returnDateNumeric } from './returnDateNumeric';
import { returnDateRoles, type DateRole } from './returnDateRole';
import { textFold, textQuote } from './textFold';
import { textLanguage } from './textLanguage';
import type { Instant, LocalDate } from './types';

export interface ReturnDateFinding {
  /** The day the person is back, or null. */
  readonly date: LocalDate | null;
  /** The words it was read from, as written ("until 3 December"). */
  readonly quote?: string;
  /** Why a date in the text was not used ("3 November 2025 has passed"). */
  readonly note?: string;
}

const MAX_DAYS_AHEAD = 366;
const RANK: Readonly<Record<DateRole, number>> = { back: 0, through: 1, until: 2 };

/**
 * `anchor`: the latest calendar date mentioned before, if after the received date; a weekday counts
 * from it ("through Friday 5 December, back Monday" is Monday 8 December).
 */
function resolve(
  mention: DateMention,
  received: DateTime,
  anchor: DateTime,
  dayFirst: boolean | undefined,
): DateTime | undefined {
  switch (mention.kind) {
    case 'calendar':
      return mention.year === undefined
        ? calendarYearless(mention.month, mention.day, received)
        : calendarExact(mention.year, mention.month, mention.day, received);
    case 'numeric':
      return returnDateNumeric(mention, received, dayFirst);
    case 'weekday':
      return anchor.plus({ days: (mention.weekday - anchor.weekday + 7) % 7 || 7 });
    case 'relative':
      return received.plus({ days: mention.days });
    case 'nextWeek':
      return received.plus({ weeks: 1 }).startOf('week');
  }
}

function dayAfter(date: DateTime): DateTime {
  const next = date.plus({ days: 1 });
  return next.weekday >= 6 ? next.plus({ days: 8 - next.weekday }) : next;
}

/** The date as written with up to three words before it on the same line ("back on 3 December"). */
function quoteWithLead(original: string, start: number, end: number): string {
  const line =
    original
      .slice(Math.max(0, start - 40), start)
      .split(/\n|[.!?;:]\s/)
      .pop() ?? '';
  const lead = line.split(/\s+/).filter(Boolean).slice(-3).join(' ');
  return textQuote(`${lead} ${original.slice(start, end)}`, 0, lead.length + 1 + end - start, 80);
}

/**
 * The return date in `text` (subject and new body text of an auto-reply), resolved against
 * `receivedAt` in `zone` (the contact's IANA zone, or a fixed offset such as "UTC+1").
 */
export function returnDateExtract(text: string, receivedAt: Instant, zone: string): ReturnDateFinding {
  const original = text.normalize('NFC');
  const folded = textFold(original);
  const probe = DateTime.fromMillis(receivedAt, { zone });
  const received = (probe.isValid ? probe : DateTime.fromMillis(receivedAt, { zone: 'UTC' })).startOf('day');
  const mentions = returnDateMentions(folded);
  const roles = returnDateRoles(folded, original, mentions);
  const language = textLanguage(folded);
  const dayFirst = language === undefined || language === 'en' ? undefined : true;

  let best: { rank: number; date: DateTime; quote: string } | undefined;
  let note: string | undefined;
  let anchor: DateTime = received;
  mentions.forEach((mention, index) => {
    const role = roles[index];
    const anchors = mention.kind === 'calendar' || mention.kind === 'numeric';
    if (role === undefined && !anchors) return;
    const resolved = resolve(mention, received, anchor, dayFirst);
    if (resolved !== undefined && anchors && resolved > anchor) anchor = resolved;
    if (role === undefined || resolved === undefined) return;
    const date = role === 'through' ? dayAfter(resolved) : resolved;
    const quote = quoteWithLead(original, mention.start, mention.end);
    if (date < received) {
      note ??= `the date it gives ("${textQuote(original, mention.start, mention.end)}") has passed`;
      return;
    }
    if (date.diff(received, 'days').days > MAX_DAYS_AHEAD) {
      note ??= `the date it gives ("${textQuote(original, mention.start, mention.end)}") is more than a year away`;
      return;
    }
    const rank = RANK[role];
    if (best === undefined || rank < best.rank) best = { rank, date, quote };
  });
  if (best === undefined) return note === undefined ? { date: null } : { date: null, note };
  return { date: best.date.toISODate() ?? null, quote: best.quote };
}
