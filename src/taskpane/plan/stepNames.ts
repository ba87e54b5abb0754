import type { Step } from '../../shared/domain/types';
import { strings } from '../strings';

/** "Reminder 1", "Reminder 2", "Switch to phone call", "Check back": one name per step, reminders numbered. */
export function stepNames(steps: readonly Pick<Step, 'kind' | 'channel'>[]): string[] {
  const t = strings.plan.stepName;
  let reminders = 0;
  return steps.map((step) => {
    if (step.kind === 'reminder') return t.reminder((reminders += 1));
    if (step.kind === 'switch') return t.switch(step.channel);
    return t.reengage;
  });
}
