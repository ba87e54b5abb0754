import { planWindowsConstrain, planWindowsQuery, RELAXATION_ORDER, type PlanWindows } from './planWindows';
import type { Instant, Relaxation } from './types';
import { windowNextOpen } from './windowNextOpen';
import { DAY_MS, MINUTE_MS } from './zoneClock';

/** How far ahead of its earliest time a step may move before constraints are relaxed. */
export const SEARCH_DAYS = 14;

export interface StepPlacement {
  readonly dueAt: Instant;
  /** Constraints dropped to place it, in RELAXATION_ORDER; empty when every window holds. */
  readonly relaxed: readonly Relaxation[];
}

/** Rounds an instant up to a whole minute. */
export function ceilMinute(at: Instant): Instant {
  return Math.ceil(at / MINUTE_MS) * MINUTE_MS;
}

/**
 * Places a step at the earliest instant ≥ `earliest` (rounded up to a minute) that sits in every window
 * with a 15-minute slot, searching SEARCH_DAYS ahead. When nothing fits, drops constraints one by one in
 * RELAXATION_ORDER (skipping those that constrain nothing) and searches again; with everything dropped
 * the step sits at `earliest` itself. Never fails.
 */
export function stepPlace(windows: PlanWindows, earliest: Instant): StepPlacement {
  const from = ceilMinute(earliest);
  const latest = from + SEARCH_DAYS * DAY_MS;
  const dropped: Relaxation[] = [];
  const levels: Relaxation[][] = [[]];
  for (const constraint of RELAXATION_ORDER) {
    if (!planWindowsConstrain(windows, constraint)) continue;
    dropped.push(constraint);
    levels.push([...dropped]);
  }
  for (const level of levels) {
    const dueAt = windowNextOpen(planWindowsQuery(windows, level), from, latest);
    if (dueAt !== null) return { dueAt, relaxed: level };
  }
  return { dueAt: from, relaxed: dropped };
}
