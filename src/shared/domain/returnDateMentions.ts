/**
 * Finds date mentions in folded text (textFold): "3 December", "December 3rd, 2026", "3. Dezember",
 * "3 de diciembre de 2026", "2026-12-03", "3.12.2026", "12/03", weekdays, "tomorrow", "next week",
 * in en, de, fr, es, it, nl, pt. Says nothing about what a date means (returnDateRole does).
 */
import { MONTHS, NEXT_WEEK, RELATIVE_DAYS, WEEKDAYS } from './returnDateLexicon';

interface Span {
  readonly start: number;
  readonly end: number;
}

export type DateMention = Span &
  (
    | { readonly kind: 'calendar'; readonly day: number; readonly month: number; readonly year?: number }
    /** Digits whose order is not known: a/b is day/month or month/day. */
    | {
        readonly kind: 'numeric';
        readonly a: number;
        readonly b: number;
        readonly year?: number;
        readonly separator: string;
      }
    | { readonly kind: 'weekday'; readonly weekday: number }
    | { readonly kind: 'relative'; readonly days: number }
    | { readonly kind: 'nextWeek' }
  );

const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

const MONTH = `(${alternation(Object.keys(MONTHS))})`;
const ORDINAL = '(?:st|nd|rd|th|er|e|º|ª|°)?';
const YEAR_AFTER = `(?:,?\\s*(?:de\\s+|del\\s+)?(\\d{4})${R})?`;

const PATTERNS = {
  dayMonth: new RegExp(
    `${L}(\\d{1,2})${ORDINAL}\\.?\\s*(?:of\\s+|de\\s+|di\\s+)?${MONTH}${R}\\.?${YEAR_AFTER}`,
    'gu',
  ),
  monthDay: new RegExp(`${L}${MONTH}${R}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${R}${YEAR_AFTER}`, 'gu'),
  iso: new RegExp(`${L}(\\d{4})-(\\d{1,2})-(\\d{1,2})${R}`, 'gu'),
  numericYear: new RegExp(`${L}(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})${R}\\.?`, 'gu'),
  numeric: new RegExp(`${L}(\\d{1,2})([./])(\\d{1,2})(?![\\p{L}\\d]|[./-]\\d)\\.?`, 'gu'),
  weekday: new RegExp(`${L}(${alternation(Object.keys(WEEKDAYS))})${R}`, 'gu'),
  relative: new RegExp(`${L}(${alternation(Object.keys(RELATIVE_DAYS))})${R}`, 'gu'),
  nextWeek: new RegExp(`${L}(?:${alternation(NEXT_WEEK)})${R}`, 'gu'),
};

/** A clock time, not a date: "9.30 Uhr", "um 9.30", "at 4/5pm". */
const TIME_AFTER = /^\s*(?:uhr|h|hrs?|hours?|am|pm|a\.m\.|p\.m\.|horas|ore|uur)(?![\p{L}])/u;
const TIME_BEFORE = /(?:^|[^\p{L}])(?:um|at|à|alle|om|às|a las|ab)\s*$/u;

function num(value: string | undefined): number {
  return value === undefined ? NaN : Number.parseInt(value, 10);
}

function twoDigitYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = num(value);
  return value.length === 2 ? 2000 + year : year;
}

function collect(text: string): DateMention[] {
  const found: DateMention[] = [];
  const span = (match: RegExpMatchArray): Span => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  });
  for (const m of text.matchAll(PATTERNS.dayMonth)) {
    found.push({
      ...span(m),
      kind: 'calendar',
      day: num(m[1]),
      month: MONTHS[m[2] ?? ''] ?? 0,
      year: twoDigitYear(m[3]),
    });
  }
  for (const m of text.matchAll(PATTERNS.monthDay)) {
    found.push({
      ...span(m),
      kind: 'calendar',
      day: num(m[2]),
      month: MONTHS[m[1] ?? ''] ?? 0,
      year: twoDigitYear(m[3]),
    });
  }
  for (const m of text.matchAll(PATTERNS.iso)) {
    found.push({ ...span(m), kind: 'calendar', day: num(m[3]), month: num(m[2]), year: num(m[1]) });
  }
  for (const m of text.matchAll(PATTERNS.numericYear)) {
    found.push({
      ...span(m),
      kind: 'numeric',
      a: num(m[1]),
      b: num(m[3]),
      separator: m[2] ?? '',
      year: twoDigitYear(m[4]),
    });
  }
  for (const m of text.matchAll(PATTERNS.numeric)) {
    const { start, end } = span(m);
    if (TIME_AFTER.test(text.slice(end)) || TIME_BEFORE.test(text.slice(Math.max(0, start - 6), start)))
      continue;
    if (m[0].startsWith('24/7')) continue;
    found.push({ start, end, kind: 'numeric', a: num(m[1]), b: num(m[3]), separator: m[2] ?? '' });
  }
  for (const m of text.matchAll(PATTERNS.weekday)) {
    found.push({ ...span(m), kind: 'weekday', weekday: WEEKDAYS[m[1] ?? ''] ?? 0 });
  }
  for (const m of text.matchAll(PATTERNS.relative)) {
    found.push({ ...span(m), kind: 'relative', days: RELATIVE_DAYS[m[1] ?? ''] ?? 0 });
  }
  for (const m of text.matchAll(PATTERNS.nextWeek)) found.push({ ...span(m), kind: 'nextWeek' });
  return found;
}

/** "Monday, 3 December", "lundi 3 décembre", "3 December (Wednesday)": the calendar date says it all. */
function besideCalendar(mention: DateMention, calendar: readonly DateMention[], text: string): boolean {
  return calendar.some((date) => {
    const between =
      date.start >= mention.end ? text.slice(mention.end, date.start) : text.slice(date.end, mention.start);
    return (
      (date.start >= mention.end || date.end <= mention.start) &&
      /^[\s,(]*(?:den|der|le|el|il|de|the|o|dia)?[\s,(]*$/u.test(between)
    );
  });
}

/** Every date mention in `text` (folded), in order, without overlaps (the longer one wins). */
export function returnDateMentions(text: string): DateMention[] {
  const all = collect(text).sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DateMention[] = [];
  for (const mention of all) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  const calendar = kept.filter((mention) => mention.kind === 'calendar' || mention.kind === 'numeric');
  return kept.filter((mention) => mention.kind !== 'weekday' || !besideCalendar(mention, calendar, text));
}
