import { fail, ok, type Result } from '../result';
import { activeState, plannedDropped, stateGuard } from './followUpGuard';
import { historyAppend } from './followUpHistory';
import { followUpReplan, type FollowUpChange, type PlanContext } from './followUpReplan';
import { planInputWarnings } from './ladderPlan';
import { planWindows } from './planWindows';
import { stepPlace } from './stepPlace';
import type { FollowUp, HistoryKind, Instant, Step } from './types';
import { HOUR_MS } from './zoneClock';

/** The follow-up without its pause. */
function unpaused(followUp: FollowUp): FollowUp {
  const { pausedUntil: _ended, ...rest } = followUp;
  return rest;
}

function unchanged(followUp: FollowUp): Result<FollowUpChange> {
  return ok({ followUp, warnings: [] });
}

/**
 * The ladder ran out (or the user says so): remaining ladder steps are skipped, the state becomes
 * "noAnswer" and a re-engagement step (email) is offered `reengageAfterDays` after `now`, placed in
 * the contact's windows like any step.
 */
export function followUpNoAnswer(
  followUp: FollowUp,
  now: Instant,
  context: PlanContext,
): Result<FollowUpChange> {
  const guard = stateGuard(followUp, ['waiting', 'paused'], 'give up on');
  if (!guard.ok) return guard;
  const steps: Step[] = followUp.steps.map((step) =>
    step.status === 'planned' ? { ...step, status: 'skipped', doneAt: now } : step,
  );
  const placement = stepPlace(
    planWindows(context.contact, context.user),
    now + context.reengageAfterDays * 24 * HOUR_MS,
  );
  steps.push({
    kind: 'reengage',
    channel: 'email',
    dueAt: placement.dueAt,
    status: 'planned',
    relaxed: placement.relaxed,
  });
  return ok({
    followUp: {
      ...unpaused(followUp),
      steps,
      state: 'noAnswer',
      history: historyAppend(
        followUp.history,
        now,
        'noAnswer',
        `re-engage in ${context.reengageAfterDays} days`,
      ),
    },
    warnings: planInputWarnings(context.contact, context.user),
  });
}

/**
 * A human reply arrived: the plan clears itself (planned steps removed, done ones kept) and the reason
 * goes to the history ("reply from a.b@contoso.example, same conversation"). Repeating it is harmless.
 */
export function followUpReplied(followUp: FollowUp, now: Instant, reason: string): Result<FollowUpChange> {
  if (followUp.state === 'replied') return unchanged(followUp);
  const guard = stateGuard(followUp, ['waiting', 'paused', 'noAnswer', 'done'], 'record a reply on');
  if (!guard.ok) return guard;
  return ok({
    followUp: {
      ...unpaused(followUp),
      steps: plannedDropped(followUp.steps),
      state: 'replied',
      history: historyAppend(followUp.history, now, 'reply', reason),
    },
    warnings: [],
  });
}

/**
 * Pauses until `until` (an out-of-office reply, or the user): planned steps move to after the pause,
 * keeping their spacing. Pausing a paused follow-up moves the end of the pause.
 */
export function followUpPause(
  followUp: FollowUp,
  pause: {
    readonly until: Instant;
    readonly now: Instant;
    readonly cause: 'autoReply' | 'user';
    readonly note?: string;
  },
  context: PlanContext,
): Result<FollowUpChange> {
  const guard = stateGuard(followUp, ['waiting', 'paused', 'noAnswer'], 'pause');
  if (!guard.ok) return guard;
  if (!(pause.until > pause.now)) return fail('pause.until: must be later than now');
  const replanned = followUpReplan(followUp, context, pause.until);
  const kind: HistoryKind = pause.cause === 'autoReply' ? 'autoReply' : 'paused';
  return ok({
    followUp: {
      ...replanned.followUp,
      state: 'paused',
      pausedUntil: pause.until,
      history: historyAppend(followUp.history, pause.now, kind, pause.note),
    },
    warnings: replanned.warnings,
  });
}

/** Ends a pause now (early, or when it ran out): planned steps are re-placed from now. */
export function followUpResume(
  followUp: FollowUp,
  now: Instant,
  context: PlanContext,
): Result<FollowUpChange> {
  const guard = stateGuard(followUp, ['paused'], 'resume');
  if (!guard.ok) return guard;
  const replanned = followUpReplan(unpaused(followUp), context, now);
  return ok({
    followUp: {
      ...replanned.followUp,
      state: activeState(replanned.followUp.steps),
      history: historyAppend(followUp.history, now, 'resumed'),
    },
    warnings: replanned.warnings,
  });
}

/** Resumes a paused follow-up whose pause has ended by `now`; anything else is returned unchanged. */
export function followUpResumeIfDue(
  followUp: FollowUp,
  now: Instant,
  context: PlanContext,
): Result<FollowUpChange> {
  if (followUp.state !== 'paused' || (followUp.pausedUntil !== undefined && followUp.pausedUntil > now)) {
    return unchanged(followUp);
  }
  return followUpResume(followUp, followUp.pausedUntil ?? now, context);
}

/**
 * Stops tracking: by the user, or because a bounce or a "no longer with the company" notice says the
 * contact moved on. Planned steps are removed. Stopping a stopped follow-up changes nothing.
 */
export function followUpStop(
  followUp: FollowUp,
  stop: { readonly now: Instant; readonly cause: 'user' | 'bounce' | 'movedOn'; readonly note?: string },
): Result<FollowUpChange> {
  if (followUp.state === 'stopped') return unchanged(followUp);
  const guard = stateGuard(followUp, ['waiting', 'paused', 'noAnswer'], 'stop');
  if (!guard.ok) return guard;
  const kind: HistoryKind = stop.cause === 'user' ? 'stopped' : stop.cause;
  return ok({
    followUp: {
      ...unpaused(followUp),
      steps: plannedDropped(followUp.steps),
      state: 'stopped',
      history: historyAppend(followUp.history, stop.now, kind, stop.note),
    },
    warnings: [],
  });
}

/** The user closes the follow-up (after the last step, or the re-engagement): planned steps are removed. */
export function followUpClose(followUp: FollowUp, now: Instant): Result<FollowUpChange> {
  const guard = stateGuard(followUp, ['waiting', 'paused', 'noAnswer'], 'close');
  if (!guard.ok) return guard;
  return ok({
    followUp: {
      ...unpaused(followUp),
      steps: plannedDropped(followUp.steps),
      state: 'done',
      history: historyAppend(followUp.history, now, 'done'),
    },
    warnings: [],
  });
}
