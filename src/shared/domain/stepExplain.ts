import type { PlanWindows } from './planWindows';
import { ceilMinute } from './stepPlace';
import type { Instant, Relaxation, Step } from './types';
import { WEEKDAYS } from './types';
import { windowNextOpen } from './windowNextOpen';
import type { WindowRule } from './windowRule';
import { HOUR_MS } from './zoneClock';

/** One of the windows a step must sit in (named like the Relaxation that drops it). */
export type WindowCheck = Relaxation;

/**
 * Why a step sits where it does, derived (never stored): it waited `waitHours` after `anchorAt`
 * (and not before `notBefore`), which gave `earliestAt`; the windows in `closedAtEarliest` were shut
 * then, so it moved to `dueAt`, dropping `relaxed` if nothing fitted within 14 days. A snoozed step
 * sits where the user put it.
 */
export interface StepExplanation {
  readonly anchorAt: Instant;
  readonly waitHours: number;
  readonly notBefore: Instant | null;
  readonly earliestAt: Instant;
  readonly dueAt: Instant;
  readonly closedAtEarliest: readonly WindowCheck[];
  readonly relaxed: readonly Relaxation[];
  readonly snoozedUntil: Instant | null;
  readonly contactZone: string;
  readonly userZone: string;
}

export interface StepExplainInput {
  readonly step: Pick<Step, 'dueAt' | 'relaxed' | 'snoozedUntil'>;
  /** When the wait started: sending, or the previous step (its action time once acted on). */
  readonly anchorAt: Instant;
  readonly waitHours: number;
  /** A pause or an away contact's return, when it held the step back. */
  readonly notBefore?: Instant | null;
  readonly windows: PlanWindows;
}

function checkRule(windows: PlanWindows, check: WindowCheck): WindowRule {
  switch (check) {
    case 'bestDays':
      return { zone: windows.contactZone, days: windows.bestDays, ranges: [] };
    case 'bestTimes':
      return { zone: windows.contactZone, days: WEEKDAYS, ranges: windows.bestTimes };
    case 'worstTimes':
      return { zone: windows.contactZone, days: WEEKDAYS, ranges: windows.worstTimes };
    case 'userDays':
      return { zone: windows.userZone, days: windows.workingDays, ranges: [] };
    case 'userHours':
      return { zone: windows.userZone, days: WEEKDAYS, ranges: windows.workingHours };
  }
}

/** Whether one window, on its own, admits a step (with its slot) at `at`. */
export function windowCheckOpen(windows: PlanWindows, check: WindowCheck, at: Instant): boolean {
  const rule = checkRule(windows, check);
  if (check === 'worstTimes') {
    if (rule.ranges.length === 0) return true;
    return windowNextOpen({ inside: [], outside: [rule] }, at, at) === at;
  }
  return windowNextOpen({ inside: [rule], outside: [] }, at, at) === at;
}

const CHECKS: readonly WindowCheck[] = ['bestDays', 'bestTimes', 'worstTimes', 'userDays', 'userHours'];

/** Explains a step's place from the step, the wait that preceded it and the windows. Pure; never throws. */
export function stepExplain(input: StepExplainInput): StepExplanation {
  const notBefore = input.notBefore ?? null;
  const earliestAt = ceilMinute(Math.max(input.anchorAt + input.waitHours * HOUR_MS, notBefore ?? -Infinity));
  const closedAtEarliest = CHECKS.filter((check) => !windowCheckOpen(input.windows, check, earliestAt));
  return {
    anchorAt: input.anchorAt,
    waitHours: input.waitHours,
    notBefore,
    earliestAt,
    dueAt: input.step.dueAt,
    closedAtEarliest,
    relaxed: input.step.relaxed,
    snoozedUntil: input.step.snoozedUntil ?? null,
    contactZone: input.windows.contactZone,
    userZone: input.windows.userZone,
  };
}
