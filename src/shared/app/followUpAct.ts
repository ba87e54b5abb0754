/**
 * What the user does to a follow-up from the task pane (its plan, the due list): each action is a
 * core transition applied to the stored follow-up, then written back. Results say what went wrong in
 * words the pane shows.
 */
import {
  followUpClose,
  followUpPause,
  followUpReplied,
  followUpResume,
  followUpStop,
} from '../domain/followUpLifecycle';
import { followUpReplan, type FollowUpChange } from '../domain/followUpReplan';
import { followUpStepDone, followUpStepSkip, followUpStepSnooze } from '../domain/followUpStepAction';
import { followUpAgain } from '../domain/followUpAgain';
import { historyAppend } from '../domain/followUpHistory';
import type { Instant, LadderChoice } from '../domain/types';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Store } from '../storage/store';
import { planContextOf } from './planContextOf';

export type FollowUpAction =
  | { readonly kind: 'snooze'; readonly stepIndex: number; readonly until: Instant }
  | { readonly kind: 'done'; readonly stepIndex: number; readonly outcome?: string }
  | { readonly kind: 'skip'; readonly stepIndex: number }
  | { readonly kind: 'replied'; readonly note?: string }
  | { readonly kind: 'pause'; readonly until: Instant }
  | { readonly kind: 'resume' }
  | { readonly kind: 'stop' }
  | { readonly kind: 'close' }
  | { readonly kind: 'ladder'; readonly ladder: LadderChoice }
  /** After a reply (or the end of the plan): one check-in at exactly `at`. */
  | { readonly kind: 'again'; readonly at: Instant };

/** Applies `action` to the follow-up `id` at `now` and stores the result. */
export function followUpAct(
  store: Store,
  id: string,
  action: FollowUpAction,
  now: Instant,
): Result<FollowUpChange> {
  const followUp = store.followUp(id);
  if (!followUp)
    return fail('this follow-up is no longer stored (it may have been removed on another device)');
  const context = planContextOf(store, followUp);
  let change: Result<FollowUpChange>;
  switch (action.kind) {
    case 'snooze':
      change = followUpStepSnooze(followUp, action.stepIndex, action.until, now, context);
      break;
    case 'done':
      change = followUpStepDone(followUp, action.stepIndex, now, context, action.outcome);
      break;
    case 'skip':
      change = followUpStepSkip(followUp, action.stepIndex, now, context);
      break;
    case 'replied':
      change = followUpReplied(followUp, now, action.note?.trim() || 'marked as replied by you');
      break;
    case 'pause':
      change = followUpPause(followUp, { until: action.until, now, cause: 'user' }, context);
      break;
    case 'resume':
      change = followUpResume(followUp, now, context);
      break;
    case 'stop':
      change = followUpStop(followUp, { now, cause: 'user' });
      break;
    case 'close':
      change = followUpClose(followUp, now);
      break;
    case 'again':
      change = followUpAgain(followUp, action.at, now);
      break;
    case 'ladder': {
      if (followUp.state !== 'waiting' && followUp.state !== 'paused') {
        return fail('only a follow-up that is still waiting can change its ladder');
      }
      const replanned = followUpReplan({ ...followUp, ladder: action.ladder }, context, now);
      change = ok({
        ...replanned,
        followUp: {
          ...replanned.followUp,
          history: historyAppend(followUp.history, now, 'replanned', 'ladder changed'),
        },
      });
      break;
    }
  }
  if (!change.ok) return change;
  const stored = store.upsertFollowUp(change.value.followUp);
  return stored.ok ? change : fail(stored.reason.message);
}
