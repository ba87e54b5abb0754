import { fail, ok, type Result } from '../result';
import type { FollowUp, FollowUpState, Step } from './types';

/** Refuses a transition from a state it does not apply to, saying which state the follow-up is in. */
export function stateGuard(
  followUp: FollowUp,
  allowed: readonly FollowUpState[],
  action: string,
): Result<true> {
  if (allowed.includes(followUp.state)) return ok(true);
  return fail(`followUp.state: cannot ${action} a follow-up that is ${followUp.state}`);
}

/** The planned step at `index`, or the reason it cannot be acted on. */
export function plannedStep(followUp: FollowUp, index: number, action: string): Result<Step> {
  const state = stateGuard(followUp, ['waiting', 'paused', 'noAnswer'], action);
  if (!state.ok) return state;
  const step = Number.isInteger(index) ? followUp.steps[index] : undefined;
  if (!step) return fail(`followUp.steps[${index}]: no such step (${followUp.steps.length} steps)`);
  if (step.status !== 'planned')
    return fail(`followUp.steps[${index}]: cannot ${action} a step that is ${step.status}`);
  return ok(step);
}

/** Planned steps removed (the plan clears itself): done and skipped steps stay as the record. */
export function plannedDropped(steps: readonly Step[]): Step[] {
  return steps.filter((step) => step.status !== 'planned');
}

/** The state a follow-up returns to when it is not paused: waiting while ladder steps remain, else noAnswer. */
export function activeState(steps: readonly Step[]): FollowUpState {
  const planned = steps.filter((step) => step.status === 'planned');
  return planned.length > 0 && planned.every((step) => step.kind === 'reengage') ? 'noAnswer' : 'waiting';
}
