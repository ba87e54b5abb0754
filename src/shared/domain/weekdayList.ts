import { ok, type Result } from '../result';
import { describeValue, fieldFail } from './fieldCheck';
import type { Weekday } from './types';

const NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Short English name of an ISO weekday ("Tue"). */
export function weekdayName(day: Weekday): string {
  return NAMES[day - 1] ?? '?';
}

/** "Tue–Thu", "Mon, Wed, Fri", "every day": a compact English rendering of a sorted weekday list. */
export function weekdayListFormat(days: readonly Weekday[]): string {
  if (days.length === 7) return 'every day';
  const runs: string[] = [];
  let index = 0;
  while (index < days.length) {
    let last = index;
    while (last + 1 < days.length && days[last + 1] === (days[last] ?? 0) + 1) last += 1;
    const first = days[index] as Weekday;
    const end = days[last] as Weekday;
    runs.push(
      last - index >= 2
        ? `${weekdayName(first)}–${weekdayName(end)}`
        : days
            .slice(index, last + 1)
            .map(weekdayName)
            .join(', '),
    );
    index = last + 1;
  }
  return runs.join(', ');
}

/** Validates a non-empty list of ISO weekdays (1 = Monday … 7 = Sunday); returns it sorted, without repeats. */
export function weekdayListValidate(value: unknown, field: string): Result<Weekday[]> {
  if (!Array.isArray(value))
    return fieldFail(field, `must be a list of ISO weekdays (1 = Monday … 7 = Sunday)`);
  if (value.length === 0) return fieldFail(field, 'must name at least one day (1 = Monday … 7 = Sunday)');
  const days = new Set<Weekday>();
  for (const [index, day] of value.entries()) {
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
      return fieldFail(
        `${field}[${index}]`,
        `${describeValue(day)} is not an ISO weekday (1 = Monday … 7 = Sunday)`,
      );
    }
    days.add(day as Weekday);
  }
  return ok([...days].sort((a, b) => a - b));
}
