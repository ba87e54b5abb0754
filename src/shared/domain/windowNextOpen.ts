import { intervalsIntersect, intervalsSubtract, type Interval } from './intervalSet';
import type { Instant } from './types';
import { windowRuleIntervals, windowRuleIsOpen, type WindowRule } from './windowRule';
import { DAY_MS, MINUTE_MS } from './zoneClock';

/** Time a step needs inside its windows: a step is never placed in the last minutes of a window. */
export const SLOT_MS = 15 * MINUTE_MS;

/** What an instant must satisfy: inside every `inside` rule's windows, outside every `outside` rule's. */
export interface WindowQuery {
  readonly inside: readonly WindowRule[];
  readonly outside: readonly WindowRule[];
}

const CHUNK_MS = 2 * DAY_MS;

/**
 * The earliest instant t in [earliest, latest] such that [t, t + slot) lies inside every `inside`
 * window and outside every `outside` window; null when there is none. Searches two days at a time so
 * that the usual case (a slot within a day or two) costs little.
 */
export function windowNextOpen(
  query: WindowQuery,
  earliest: Instant,
  latest: Instant,
  slotMs: number = SLOT_MS,
): Instant | null {
  const inside = query.inside.filter((rule) => !windowRuleIsOpen(rule));
  const outside = query.outside.filter((rule) => rule.ranges.length > 0 && rule.days.length > 0);
  for (let chunkStart = earliest; chunkStart <= latest; chunkStart += CHUNK_MS) {
    const chunkEnd = Math.min(chunkStart + CHUNK_MS, latest + 1);
    const regionEnd = chunkEnd + slotMs;
    let free: Interval[] = [{ start: chunkStart, end: regionEnd }];
    for (const rule of inside) {
      free = intervalsIntersect(free, windowRuleIntervals(rule, chunkStart, regionEnd));
      if (free.length === 0) break;
    }
    for (const rule of outside) {
      if (free.length === 0) break;
      free = intervalsSubtract(free, windowRuleIntervals(rule, chunkStart, regionEnd));
    }
    for (const interval of free) {
      const candidate = Math.max(interval.start, earliest);
      if (candidate >= chunkEnd) break;
      if (interval.end - candidate >= slotMs) return candidate;
    }
  }
  return null;
}
