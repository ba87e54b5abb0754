import { rangesCoverDay, type WindowRule } from './windowRule';
import type { WindowQuery } from './windowNextOpen';
import type { ContactProfile, Relaxation, TimeRange, UserSchedule, Weekday } from './types';
import { WEEKDAYS } from './types';

/**
 * The windows a step must sit in: the contact's best days and best times and outside their worst
 * times (their zone), and the user's working days and hours (the user's zone).
 */
export interface PlanWindows {
  readonly contactZone: string;
  readonly bestDays: readonly Weekday[];
  /** Empty: any time of a best day. */
  readonly bestTimes: readonly TimeRange[];
  readonly worstTimes: readonly TimeRange[];
  readonly userZone: string;
  readonly workingDays: readonly Weekday[];
  /** Empty: any time of a working day. */
  readonly workingHours: readonly TimeRange[];
}

/**
 * The order in which constraints are dropped when no slot fits within the search horizon. The user's
 * hours go first (the user can act a little outside them; the contact's time is what matters), then
 * the user's days, then the contact's best times (a good day at an ordinary hour beats a bad day),
 * then their best days, and their worst times last (never bother someone when they said not to,
 * unless nothing else is possible at all).
 */
export const RELAXATION_ORDER: readonly Relaxation[] = [
  'userHours',
  'userDays',
  'bestTimes',
  'bestDays',
  'worstTimes',
];

/** The windows of a contact and a user. */
export function planWindows(contact: ContactProfile, user: UserSchedule): PlanWindows {
  return {
    contactZone: contact.timeZone,
    bestDays: contact.bestDays,
    bestTimes: contact.bestTimes,
    worstTimes: contact.worstTimes,
    userZone: user.timeZone,
    workingDays: user.workingDays,
    workingHours: user.workingHours,
  };
}

/** Whether a constraint actually restricts anything in these windows (dropping it would change nothing otherwise). */
export function planWindowsConstrain(windows: PlanWindows, constraint: Relaxation): boolean {
  switch (constraint) {
    case 'userHours':
      return !rangesCoverDay(windows.workingHours);
    case 'userDays':
      return new Set(windows.workingDays).size < 7;
    case 'bestTimes':
      return !rangesCoverDay(windows.bestTimes);
    case 'bestDays':
      return new Set(windows.bestDays).size < 7;
    case 'worstTimes':
      return windows.worstTimes.length > 0;
  }
}

/** The query for these windows with some constraints dropped. */
export function planWindowsQuery(windows: PlanWindows, dropped: readonly Relaxation[]): WindowQuery {
  const keep = (constraint: Relaxation): boolean => !dropped.includes(constraint);
  const user: WindowRule = {
    zone: windows.userZone,
    days: keep('userDays') ? windows.workingDays : WEEKDAYS,
    ranges: keep('userHours') ? windows.workingHours : [],
  };
  const contact: WindowRule = {
    zone: windows.contactZone,
    days: keep('bestDays') ? windows.bestDays : WEEKDAYS,
    ranges: keep('bestTimes') ? windows.bestTimes : [],
  };
  const worst: WindowRule = {
    zone: windows.contactZone,
    days: WEEKDAYS,
    ranges: keep('worstTimes') ? windows.worstTimes : [],
  };
  return { inside: [contact, user], outside: [worst] };
}
