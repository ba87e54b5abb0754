/**
 * Every follow-up's next step, grouped the way the user works through them: overdue (before today),
 * today, this week (the next 7 days), waiting (later), paused (out of office). Sorted by due time.
 * Days are the user's (their zone). Finished follow-ups are not listed.
 */
import { localInstant, localTimeOf } from '../domain/zoneClock';
import type { FollowUp, Instant, Step } from '../domain/types';

export type DueGroup = 'overdue' | 'today' | 'thisWeek' | 'waiting' | 'paused';
export const DUE_GROUPS: readonly DueGroup[] = ['overdue', 'today', 'thisWeek', 'waiting', 'paused'];

export interface DueEntry {
  readonly followUp: FollowUp;
  /** The next planned step and its index (absent for a paused follow-up with nothing planned). */
  readonly step?: Step;
  readonly stepIndex: number;
  /** When it is due (for paused: when the plan resumes). */
  readonly at: Instant;
  /** Due now or earlier. */
  readonly due: boolean;
}

export type DueGroups = Readonly<Record<DueGroup, readonly DueEntry[]>>;

function startOfDay(zone: string, at: Instant, plusDays = 0): Instant {
  const local = localTimeOf(zone, at);
  return localInstant(zone, local.day + plusDays, 0);
}

/** The next planned step of a follow-up, if any. */
export function nextPlannedStep(followUp: FollowUp): { step: Step; index: number } | undefined {
  const index = followUp.steps.findIndex((s) => s.status === 'planned');
  const step = followUp.steps[index];
  return step ? { step, index } : undefined;
}

/** Groups the active follow-ups for the due list. */
export function dueGroups(followUps: readonly FollowUp[], now: Instant, zone: string): DueGroups {
  const today = startOfDay(zone, now);
  const tomorrow = startOfDay(zone, now, 1);
  const weekEnd = startOfDay(zone, now, 8);
  const groups: Record<DueGroup, DueEntry[]> = {
    overdue: [],
    today: [],
    thisWeek: [],
    waiting: [],
    paused: [],
  };
  for (const followUp of followUps) {
    const next = nextPlannedStep(followUp);
    if (followUp.state === 'paused') {
      groups.paused.push({
        followUp,
        ...(next ? { step: next.step } : {}),
        stepIndex: next?.index ?? -1,
        at: followUp.pausedUntil ?? next?.step.dueAt ?? now,
        due: false,
      });
      continue;
    }
    if ((followUp.state !== 'waiting' && followUp.state !== 'noAnswer') || !next) continue;
    const at = next.step.dueAt;
    const entry: DueEntry = { followUp, step: next.step, stepIndex: next.index, at, due: at <= now };
    if (at < today) groups.overdue.push(entry);
    else if (at < tomorrow) groups.today.push(entry);
    else if (at < weekEnd) groups.thisWeek.push(entry);
    else groups.waiting.push(entry);
  }
  for (const group of DUE_GROUPS)
    groups[group].sort((a, b) => a.at - b.at || a.followUp.id.localeCompare(b.followUp.id));
  return groups;
}

/** How many steps are due now or earlier. */
export function dueNowCount(groups: DueGroups): number {
  return groups.overdue.length + groups.today.filter((e) => e.due).length;
}
