/**
 * An independent oracle for the planner's windows, written the slow, obvious way with luxon
 * DateTime: read the local clock of an instant and check days and ranges minute by minute.
 */
import { DateTime } from 'luxon';
import type { PlanWindows } from '../../../../src/shared/domain/planWindows';
import type { Relaxation, TimeRange, Weekday } from '../../../../src/shared/domain/types';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface OracleRule {
  readonly zone: string;
  readonly days: readonly Weekday[];
  readonly ranges: readonly TimeRange[];
}

/** Whether the local clock at `at` is in one of the rule's windows (a crossing range belongs to its start day). */
export function oracleAdmits(rule: OracleRule, at: number): boolean {
  const local = DateTime.fromMillis(at, { zone: rule.zone });
  const minute = local.hour * 60 + local.minute;
  const today = rule.days.includes(local.weekday as Weekday);
  const yesterday = rule.days.includes(local.minus({ days: 1 }).weekday as Weekday);
  if (rule.ranges.length === 0) return today;
  return rule.ranges.some((r) =>
    r.end > r.start
      ? today && minute >= r.start && minute < r.end
      : (today && minute >= r.start) || (yesterday && minute < r.end),
  );
}

const ALL: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Whether one minute satisfies the windows with some constraints dropped. */
export function oracleMinuteOk(w: PlanWindows, dropped: readonly Relaxation[], at: number): boolean {
  const keep = (r: Relaxation): boolean => !dropped.includes(r);
  const contact = {
    zone: w.contactZone,
    days: keep('bestDays') ? w.bestDays : ALL,
    ranges: keep('bestTimes') ? w.bestTimes : [],
  };
  const user = {
    zone: w.userZone,
    days: keep('userDays') ? w.workingDays : ALL,
    ranges: keep('userHours') ? w.workingHours : [],
  };
  if (!oracleAdmits(contact, at) || !oracleAdmits(user, at)) return false;
  if (
    keep('worstTimes') &&
    w.worstTimes.length > 0 &&
    oracleAdmits({ zone: w.contactZone, days: ALL, ranges: w.worstTimes }, at)
  ) {
    return false;
  }
  return true;
}

/** Whether a 15-minute slot starting at `at` satisfies the windows (every minute of it). */
export function oracleSlotOk(w: PlanWindows, dropped: readonly Relaxation[], at: number): boolean {
  for (let m = 0; m < 15; m += 1) if (!oracleMinuteOk(w, dropped, at + m * MINUTE)) return false;
  return true;
}

/** Whether a worst range of the contact covers the instant. */
export function oracleInWorst(w: PlanWindows, at: number): boolean {
  return (
    w.worstTimes.length > 0 && oracleAdmits({ zone: w.contactZone, days: ALL, ranges: w.worstTimes }, at)
  );
}

/**
 * The earliest slot start in [from, to) by brute force: `from` itself and every 15-minute UTC grid
 * point (window edges fall on that grid when ranges are whole quarter hours and zone offsets are too).
 */
export function oracleFirstSlot(
  w: PlanWindows,
  dropped: readonly Relaxation[],
  from: number,
  to: number,
): number | null {
  if (from >= to) return null;
  if (oracleSlotOk(w, dropped, from)) return from;
  for (let t = Math.ceil((from + 1) / (15 * MINUTE)) * 15 * MINUTE; t < to; t += 15 * MINUTE) {
    if (oracleSlotOk(w, dropped, t)) return t;
  }
  return null;
}
