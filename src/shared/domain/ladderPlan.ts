import { contactResumeAt } from './contactResume';
import { ladderWaits } from './ladderWaits';
import {
  awayWarning,
  movedOnWarning,
  noOtherChannelWarning,
  relaxedWarning,
  stepLabel,
  unknownZoneWarning,
  type PlanWarning,
} from './planWarning';
import { planWindows } from './planWindows';
import { stepChain } from './stepChain';
import { stepChannels } from './stepChannels';
import { SEARCH_DAYS } from './stepPlace';
import type { ContactProfile, Instant, LadderChoice, Step, UserSchedule } from './types';
import { localTimeOf } from './zoneClock';
import { zoneIsKnown } from './zoneOffset';

export interface PlanInput {
  readonly sentAt: Instant;
  readonly ladder: LadderChoice;
  readonly contact: ContactProfile;
  readonly user: UserSchedule;
}

export interface LadderPlan {
  readonly steps: readonly Step[];
  readonly warnings: readonly PlanWarning[];
}

/** The warnings about the inputs themselves (unknown zones, away contact) that apply to any plan. */
export function planInputWarnings(contact: ContactProfile, user: UserSchedule): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (!zoneIsKnown(contact.timeZone)) warnings.push(unknownZoneWarning('contact.timeZone', contact.timeZone));
  if (!zoneIsKnown(user.timeZone)) warnings.push(unknownZoneWarning('user.timeZone', user.timeZone));
  return warnings;
}

/** Numbers reminders 1, 2… in order ("Reminder 2" is the second email reminder). */
export function stepLabels(steps: readonly Pick<Step, 'kind' | 'channel'>[]): string[] {
  let reminders = 0;
  return steps.map((step) => {
    if (step.kind === 'reminder') reminders += 1;
    return stepLabel(step.kind, step.channel, reminders);
  });
}

/**
 * Plans the follow-up ladder for a message sent at `sentAt`: one step per wait of the ladder (the
 * contact's own wait overrides the ladder's), each at the earliest instant after its wait that sits in
 * the contact's best days and times, outside their worst times, and in the user's working days and
 * hours, relaxing constraints in RELAXATION_ORDER when nothing fits within 14 days. Channels follow
 * stepChannels. A moved-on contact gets no steps; an away contact's plan starts after their return.
 * Never throws on validated input, and an empty plan always comes with a warning.
 */
export function ladderPlan(input: PlanInput): LadderPlan {
  const { contact, user, sentAt } = input;
  const warnings = planInputWarnings(contact, user);
  if (contact.status.kind === 'movedOn')
    return { steps: [], warnings: [...warnings, movedOnWarning(contact)] };
  const waits = ladderWaits(input.ladder, contact);
  const channels = stepChannels(contact, waits.length);
  const resumeAt = contactResumeAt(contact);
  const notBefore = resumeAt !== null && resumeAt > sentAt ? resumeAt : null;
  if (notBefore !== null) warnings.push(awayWarning(contact, localTimeOf(contact.timeZone, notBefore).day));
  const placements = stepChain(planWindows(contact, user), sentAt, waits, notBefore);
  const steps: Step[] = placements.map((placement, index) => {
    const channel = channels.steps[index] ?? { kind: 'reminder', channel: 'email' };
    return {
      kind: channel.kind,
      channel: channel.channel,
      dueAt: placement.dueAt,
      status: 'planned',
      relaxed: placement.relaxed,
    };
  });
  const labels = stepLabels(steps);
  steps.forEach((step, index) => {
    if (step.relaxed.length > 0) {
      warnings.push(
        relaxedWarning(index, labels[index] ?? `Step ${index + 1}`, step.relaxed, contact, SEARCH_DAYS),
      );
    }
  });
  if (channels.fallback) warnings.push(noOtherChannelWarning(contact, steps.length - 1));
  if (steps.length === 0) {
    warnings.push({ code: 'noSteps', message: 'The ladder has no steps: nothing is planned.' });
  }
  return { steps, warnings };
}
