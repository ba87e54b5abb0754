import { contactResumeAt } from './contactResume';
import { stepAnchorBefore, stepWaitHours, type PlanContext } from './followUpReplan';
import { planWindows } from './planWindows';
import { stepExplain, type StepExplanation } from './stepExplain';
import type { FollowUp } from './types';

/**
 * Why step `index` of a follow-up sits where it does (stepExplain), with the wait, its anchor (the
 * previous step's action time, or sending) and any hold-back (the pause, the contact's return) taken
 * from the follow-up and the current profile. Null when there is no such step.
 */
export function followUpStepExplain(
  followUp: FollowUp,
  index: number,
  context: PlanContext,
): StepExplanation | null {
  const step = followUp.steps[index];
  if (!step) return null;
  const anchorAt = stepAnchorBefore(followUp, index);
  const holds = [
    followUp.state === 'paused' ? followUp.pausedUntil : undefined,
    contactResumeAt(context.contact),
  ];
  const after = holds.filter((at): at is number => typeof at === 'number' && at > anchorAt);
  const notBefore = after.length > 0 ? Math.max(...after) : null;
  return stepExplain({
    step,
    anchorAt,
    waitHours: stepWaitHours(followUp, index, context),
    notBefore,
    windows: planWindows(context.contact, context.user),
  });
}
