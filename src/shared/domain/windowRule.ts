import { intervalsNormalize, type Interval } from './intervalSet';
import { MINUTES_PER_DAY, timeRangeCrossesMidnight } from './timeRange';
import type { Instant, TimeRange, Weekday } from './types';
import { DAY_MS, dayWeekday, localSpans, localTimeOf, MINUTE_MS } from './zoneClock';

/**
 * A recurring weekly window in one zone: on each of `days`, during each of `ranges` (local clock).
 * A range that crosses midnight belongs to the day it starts: "Fri 22:00–02:00" runs into Saturday.
 */
export interface WindowRule {
  readonly zone: string;
  readonly days: readonly Weekday[];
  /** Empty: the whole day. */
  readonly ranges: readonly TimeRange[];
}

const WHOLE_DAY: readonly TimeRange[] = [{ start: 0, end: MINUTES_PER_DAY }];

/** True when the rule admits every instant (all seven days, whole days): it constrains nothing. */
export function windowRuleIsOpen(rule: WindowRule): boolean {
  return new Set(rule.days).size === 7 && rangesCoverDay(rule.ranges);
}

/** True when the ranges are empty or include 00:00–24:00. */
export function rangesCoverDay(ranges: readonly TimeRange[]): boolean {
  return ranges.length === 0 || ranges.some((r) => r.start === 0 && r.end === MINUTES_PER_DAY);
}

/**
 * The rule's windows as instants, for every window that overlaps [from, to): sorted and merged
 * (a Monday window 22:00–24:00 and a Tuesday window 00:00–08:00 make one interval).
 */
export function windowRuleIntervals(rule: WindowRule, from: Instant, to: Instant): Interval[] {
  const firstDay = localTimeOf(rule.zone, from).day - 1;
  const lastDay = localTimeOf(rule.zone, to).day;
  const ranges = rule.ranges.length === 0 ? WHOLE_DAY : rule.ranges;
  const intervals: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) {
    if (!rule.days.includes(dayWeekday(day))) continue;
    for (const range of ranges) {
      const start = day * DAY_MS + range.start * MINUTE_MS;
      const end = (timeRangeCrossesMidnight(range) ? day + 1 : day) * DAY_MS + range.end * MINUTE_MS;
      for (const span of localSpans(rule.zone, start, end)) {
        if (span.end > from && span.start < to) intervals.push(span);
      }
    }
  }
  return intervalsNormalize(intervals);
}
