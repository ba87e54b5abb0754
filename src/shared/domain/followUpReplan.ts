import { contactResumeAt } from './contactResume';
import { ladderWaits } from './ladderWaits';
import { planInputWarnings, stepLabels } from './ladderPlan';
import { relaxedWarning, type PlanWarning } from './planWarning';
import { planWindows } from './planWindows';
import { SEARCH_DAYS, stepPlace } from './stepPlace';
import type { ContactProfile, FollowUp, Instant, Step, UserSchedule } from './types';
import { HOUR_MS } from './zoneClock';

/** What re-planning needs besides the follow-up itself. */
export interface PlanContext {
  /** The profile of the contact who times the plan (recipientsTrack picks them). */
  readonly contact: ContactProfile;
  readonly user: UserSchedule;
  /** Days after "no answer" before the re-engagement step (settings; default 30). */
  readonly reengageAfterDays: number;
}

/** A follow-up after a transition, with what the user should know about its new plan. */
export interface FollowUpChange {
  readonly followUp: FollowUp;
  readonly warnings: readonly PlanWarning[];
}

/**
 * Where the next step's wait starts after this one: a done step counts from when it was done (the
 * actual action time); a skipped one from its planned time, or from the skip when that came later;
 * a planned one from its due time.
 */
export function stepAnchor(step: Step): Instant {
  if (step.status === 'done') return step.doneAt ?? step.dueAt;
  if (step.status === 'skipped') return Math.max(step.dueAt, step.doneAt ?? step.dueAt);
  return step.dueAt;
}

/** The wait (hours) before step `index`: the ladder's (or the contact's own), or the re-engagement delay. */
export function stepWaitHours(followUp: FollowUp, index: number, context: PlanContext): number {
  const step = followUp.steps[index];
  if (step?.kind === 'reengage') return context.reengageAfterDays * 24;
  const waits = ladderWaits(followUp.ladder, context.contact);
  return waits[index] ?? waits[waits.length - 1] ?? 48;
}

/** When the wait before step `index` started: the previous step's anchor, or sending. */
export function stepAnchorBefore(followUp: FollowUp, index: number): Instant {
  const previous = index > 0 ? followUp.steps[index - 1] : undefined;
  return previous ? stepAnchor(previous) : followUp.sentAt;
}

/**
 * Re-places every planned step, in order, each its wait after the previous step's anchor (stepAnchor)
 * and not before `notBefore` (now, a pause's end, an away contact's return). Snoozed steps stay where
 * the user put them unless that is before `notBefore`. Done and skipped steps are kept as they are.
 */
export function followUpReplan(followUp: FollowUp, context: PlanContext, notBefore: Instant): FollowUpChange {
  const windows = planWindows(context.contact, context.user);
  const resumeAt = contactResumeAt(context.contact);
  const floor = Math.max(notBefore, resumeAt ?? -Infinity);
  const steps: Step[] = [];
  let anchor = followUp.sentAt;
  for (const [index, step] of followUp.steps.entries()) {
    if (step.status !== 'planned') {
      steps.push(step);
      anchor = stepAnchor(step);
      continue;
    }
    let placed: Step;
    if (step.snoozedUntil !== undefined && step.snoozedUntil >= floor) {
      placed = { ...step, dueAt: step.snoozedUntil, relaxed: [] };
    } else {
      const { snoozedUntil: _dropped, ...rest } = step;
      const earliest = Math.max(anchor + stepWaitHours(followUp, index, context) * HOUR_MS, floor);
      const placement = stepPlace(windows, earliest);
      placed = { ...rest, dueAt: placement.dueAt, relaxed: placement.relaxed };
    }
    steps.push(placed);
    anchor = placed.dueAt;
  }
  const labels = stepLabels(steps);
  const warnings = planInputWarnings(context.contact, context.user);
  steps.forEach((step, index) => {
    if (step.status === 'planned' && step.relaxed.length > 0) {
      warnings.push(
        relaxedWarning(
          index,
          labels[index] ?? `Step ${index + 1}`,
          step.relaxed,
          context.contact,
          SEARCH_DAYS,
        ),
      );
    }
  });
  return { followUp: { ...followUp, steps }, warnings };
}
