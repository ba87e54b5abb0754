import { fail, ok, type Result } from '../result';
import { plannedDropped, stateGuard } from './followUpGuard';
import { historyAppend } from './followUpHistory';
import type { FollowUpChange } from './followUpReplan';
import type { FollowUp, Instant, Step } from './types';

/**
 * "Set the next follow-up date" after a reply (always send the last email, then agree on the next
 * touch point): one email check-in (a re-engagement step, its template asks whether to pick the topic
 * up again) at exactly `at`, kept there like a snooze, and the follow-up waits again, so a reply clears
 * it as before. Allowed once the plan has ended: replied, done or no answer.
 */
export function followUpAgain(followUp: FollowUp, at: Instant, now: Instant): Result<FollowUpChange> {
  const guard = stateGuard(followUp, ['replied', 'done', 'noAnswer'], 'set a next date on');
  if (!guard.ok) return guard;
  if (!Number.isFinite(at) || !(at > now)) return fail('next.at: must be later than now');
  const step: Step = {
    kind: 'reengage',
    channel: 'email',
    dueAt: at,
    status: 'planned',
    relaxed: [],
    snoozedUntil: at,
  };
  const { pausedUntil: _ended, ...rest } = followUp;
  return ok({
    followUp: {
      ...rest,
      steps: [...plannedDropped(followUp.steps), step],
      state: 'waiting',
      history: historyAppend(followUp.history, now, 'planned', 'next follow-up date set by you'),
    },
    warnings: [],
  });
}
