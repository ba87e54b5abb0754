import type { Instant } from './types';

/** A half-open span of time [start, end). Interval lists are sorted, disjoint and non-touching. */
export interface Interval {
  readonly start: Instant;
  readonly end: Instant;
}

/** Sorts and merges overlapping or touching intervals; drops empty ones. */
export function intervalsNormalize(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) merged[merged.length - 1] = { start: last.start, end: interval.end };
    } else {
      merged.push(interval);
    }
  }
  return merged;
}

/** The instants in both lists (each normalized). */
export function intervalsIntersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) result.push({ start, end });
    if (x.end < y.end) i += 1;
    else j += 1;
  }
  return result;
}

/** The instants of `a` not in `b` (each normalized). */
export function intervalsSubtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let j = 0;
  for (const interval of a) {
    let start = interval.start;
    while (j < b.length && (b[j] as Interval).end <= start) j += 1;
    let k = j;
    while (k < b.length && (b[k] as Interval).start < interval.end) {
      const cut = b[k] as Interval;
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
      k += 1;
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}

/** Whether an instant lies in a normalized list. */
export function intervalsContain(intervals: readonly Interval[], at: Instant): boolean {
  return intervals.some((i) => at >= i.start && at < i.end);
}
