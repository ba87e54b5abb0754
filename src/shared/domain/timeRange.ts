import { ok, type Result } from '../result';
import { describeValue, fieldFail, isRecord, listCheck } from './fieldCheck';
import { TIME_PRESETS, type TimeRange } from './types';

/**
 * Daily time ranges ("HH:mm"–"HH:mm" in some zone) as minutes after midnight (see TimeRange in
 * types.ts): parsing, formatting, presets, containment and validation.
 */

export const MINUTES_PER_DAY = 1440;

/** A range shorter than this is refused: no step fits in it (the planner needs a 15-minute slot). */
export const RANGE_MIN_MINUTES = 15;

export type TimePresetName = keyof typeof TIME_PRESETS;

const CLOCK = /^(\d{1,2}):(\d{2})$/;

/**
 * Parses "HH:mm" (also "H:mm") to minutes after midnight. "24:00" is accepted only when `asEnd` is set
 * (the end of a range that runs to midnight). Returns null for anything else.
 */
export function clockParse(text: string, asEnd = false): number | null {
  const match = CLOCK.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return null;
  if (hours === 24 && minutes === 0) return asEnd ? MINUTES_PER_DAY : null;
  if (hours > 23) return null;
  return hours * 60 + minutes;
}

/** Formats minutes after midnight (0–1440) as "HH:mm"; 1440 is "24:00". */
export function clockFormat(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

/** "08:00–10:00" (an en dash; a range crossing midnight reads "22:00–02:00"). */
export function timeRangeFormat(range: TimeRange): string {
  return `${clockFormat(range.start)}–${clockFormat(range.end)}`;
}

/** True when the range runs past midnight into the next day (end ≤ start). */
export function timeRangeCrossesMidnight(range: TimeRange): boolean {
  return range.end <= range.start;
}

/** Length of the range in minutes (a crossing range counts the part after midnight). */
export function timeRangeMinutes(range: TimeRange): number {
  return timeRangeCrossesMidnight(range)
    ? MINUTES_PER_DAY - range.start + range.end
    : range.end - range.start;
}

/**
 * Whether a local clock time (minutes after midnight, 0–1439) lies in the range: start inclusive,
 * end exclusive. For a range crossing midnight, both the evening part and the morning part count.
 */
export function timeRangeContains(range: TimeRange, minute: number): boolean {
  if (timeRangeCrossesMidnight(range)) return minute >= range.start || minute < range.end;
  return minute >= range.start && minute < range.end;
}

function clockField(value: unknown, field: string, asEnd: boolean): Result<number> {
  if (typeof value === 'number') {
    const [min, max] = asEnd ? [1, MINUTES_PER_DAY] : [0, MINUTES_PER_DAY - 1];
    if (Number.isInteger(value) && value >= min && value <= max) return ok(value);
    return fieldFail(
      field,
      `${describeValue(value)} is not a number of minutes after midnight (${min}–${max})`,
    );
  }
  if (typeof value !== 'string')
    return fieldFail(field, `must be a time "HH:mm", got ${describeValue(value)}`);
  const minutes = clockParse(value, asEnd);
  // As an end, "00:00" is the midnight that ends the day: the same as "24:00".
  if (minutes !== null) return ok(asEnd && minutes === 0 ? MINUTES_PER_DAY : minutes);
  if (!asEnd && clockParse(value, true) === MINUTES_PER_DAY) {
    return fieldFail(field, `"24:00" can only end a range (write "00:00" for a start at midnight)`);
  }
  return fieldFail(field, `${describeValue(value)} is not a time (expected "HH:mm", 00:00–23:59)`);
}

/**
 * Validates one time range. Accepts a preset name ("before8", "workday", "after5"), or { start, end }
 * as "HH:mm" strings or as minutes after midnight. An end of "24:00" or "00:00" is midnight; an end
 * earlier than the start crosses midnight. start == end is refused (00:00–24:00 is all day), and so
 * is a range shorter than 15 minutes (no step fits in it).
 */
export function timeRangeValidate(value: unknown, field: string): Result<TimeRange> {
  if (typeof value === 'string') {
    if (Object.hasOwn(TIME_PRESETS, value)) return ok(TIME_PRESETS[value as TimePresetName]);
    return fieldFail(
      field,
      `unknown preset ${describeValue(value)} (use ${Object.keys(TIME_PRESETS).join(', ')} or { "start": "HH:mm", "end": "HH:mm" })`,
    );
  }
  if (!isRecord(value))
    return fieldFail(field, 'must be { "start": "HH:mm", "end": "HH:mm" } or a preset name');
  const start = clockField(value.start, `${field}.start`, false);
  if (!start.ok) return start;
  const end = clockField(value.end, `${field}.end`, true);
  if (!end.ok) return end;
  const range: TimeRange = { start: start.value, end: end.value };
  if (range.start === range.end) {
    return fieldFail(
      field,
      `start and end are both ${clockFormat(range.start)}; a range needs two different times (00:00–24:00 is all day)`,
    );
  }
  const minutes = timeRangeMinutes(range);
  if (minutes < RANGE_MIN_MINUTES) {
    return fieldFail(
      field,
      `${timeRangeFormat(range)} lasts ${minutes} minutes; a range needs at least ${RANGE_MIN_MINUTES}`,
    );
  }
  return ok(range);
}

/** Validates a list of ranges (at most `max`), each as timeRangeValidate does. */
export function timeRangeListValidate(value: unknown, field: string, max = 8): Result<TimeRange[]> {
  return listCheck(value, field, { max }, timeRangeValidate);
}

/** Which minutes of a day (0–1439) a list of ranges covers, each crossing range counting both parts. */
export function timeRangesCoverage(ranges: readonly TimeRange[]): boolean[] {
  const covered: boolean[] = Array.from({ length: MINUTES_PER_DAY }, () => false);
  for (const range of ranges) {
    for (let minute = 0; minute < MINUTES_PER_DAY; minute += 1) {
      if (timeRangeContains(range, minute)) covered[minute] = true;
    }
  }
  return covered;
}
