import { fail, ok, type Result } from '../result';
import { plannedStep } from './followUpGuard';
import { historyAppend } from './followUpHistory';
import { followUpNoAnswer } from './followUpLifecycle';
import { followUpReplan, type FollowUpChange, type PlanContext } from './followUpReplan';
import { stepLabels } from './ladderPlan';
import type { Channel, FollowUp, HistoryKind, Instant, Step } from './types';

/** Longest outcome kept for a call or text ("left voicemail", "talked: answer by Friday"). */
export const OUTCOME_MAX = 200;

const CALL_CHANNELS: readonly Channel[] = ['phone', 'video', 'in-person'];
const TEXT_CHANNELS: readonly Channel[] = ['sms', 'chat', 'linkedin', 'social'];

function doneKind(channel: Channel): HistoryKind {
  if (CALL_CHANNELS.includes(channel)) return 'called';
  if (TEXT_CHANNELS.includes(channel)) return 'texted';
  return 'stepDone';
}

/**
 * Marks step `index` as acted on at `now` (earlier planned steps count as skipped), then re-plans the
 * rest from the action time so the ladder's spacing holds. When no planned step remains, a finished
 * ladder becomes "noAnswer" (with a re-engagement step) and a finished re-engagement closes the follow-up.
 */
function stepSettle(
  followUp: FollowUp,
  index: number,
  now: Instant,
  context: PlanContext,
  settle: (step: Step) => Step,
  history: (label: string, step: Step) => { kind: HistoryKind; note: string },
): Result<FollowUpChange> {
  const labels = stepLabels(followUp.steps);
  const steps = followUp.steps.map((step, i): Step => {
    if (i === index) return settle(step);
    return i < index && step.status === 'planned' ? { ...step, status: 'skipped', doneAt: now } : step;
  });
  const acted = steps[index] as Step;
  const entry = history(labels[index] ?? `Step ${index + 1}`, acted);
  const settled: FollowUp = {
    ...followUp,
    steps,
    history: historyAppend(followUp.history, now, entry.kind, entry.note),
  };
  if (steps.some((step) => step.status === 'planned')) {
    return ok(followUpReplan(settled, context, Math.max(now, settled.pausedUntil ?? -Infinity)));
  }
  if (acted.kind === 'reengage') {
    return ok({
      followUp: { ...settled, state: 'done', history: historyAppend(settled.history, now, 'done') },
      warnings: [],
    });
  }
  return followUpNoAnswer(
    settled.state === 'noAnswer' ? { ...settled, state: 'waiting' } : settled,
    now,
    context,
  );
}

/** The user did step `index` at `now`; `outcome` records what happened on a call or a text. */
export function followUpStepDone(
  followUp: FollowUp,
  index: number,
  now: Instant,
  context: PlanContext,
  outcome?: string,
): Result<FollowUpChange> {
  const step = plannedStep(followUp, index, 'mark done');
  if (!step.ok) return step;
  const text = outcome?.trim();
  if (text && text.length > OUTCOME_MAX)
    return fail(`outcome: is ${text.length} characters long; at most ${OUTCOME_MAX} are allowed`);
  return stepSettle(
    followUp,
    index,
    now,
    context,
    (s) => ({ ...s, status: 'done', doneAt: now, ...(text ? { outcome: text } : {}) }),
    (label, s) => ({ kind: doneKind(s.channel), note: text ? `${label}: ${text}` : label }),
  );
}

/** The user skips step `index`; the next step keeps its spacing from the skipped step's time (or now, if later). */
export function followUpStepSkip(
  followUp: FollowUp,
  index: number,
  now: Instant,
  context: PlanContext,
): Result<FollowUpChange> {
  const step = plannedStep(followUp, index, 'skip');
  if (!step.ok) return step;
  return stepSettle(
    followUp,
    index,
    now,
    context,
    (s) => ({ ...s, status: 'skipped', doneAt: now }),
    (label) => ({ kind: 'stepSkipped', note: label }),
  );
}

/** Moves step `index` to `until` (the user's choice, kept exactly); later steps keep their spacing from it. */
export function followUpStepSnooze(
  followUp: FollowUp,
  index: number,
  until: Instant,
  now: Instant,
  context: PlanContext,
): Result<FollowUpChange> {
  const step = plannedStep(followUp, index, 'snooze');
  if (!step.ok) return step;
  if (!(until > now)) return fail('snooze.until: must be later than now');
  const labels = stepLabels(followUp.steps);
  const steps = followUp.steps.map((s, i): Step =>
    i === index ? { ...s, dueAt: until, snoozedUntil: until, relaxed: [] } : s,
  );
  const snoozed: FollowUp = {
    ...followUp,
    steps,
    history: historyAppend(followUp.history, now, 'snoozed', labels[index]),
  };
  return ok(followUpReplan(snoozed, context, now));
}
