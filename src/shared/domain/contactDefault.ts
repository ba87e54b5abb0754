import type { ContactProfile, TrackedRecipient, UserSchedule } from './types';

/**
 * The profile assumed for someone ReachPlan knows nothing about yet: email only, in the user's own
 * time zone, best days Monday to Friday at any hour (the user's working hours still apply), no worst
 * times, no wait of their own. The task pane offers to complete it.
 */
export function contactDefault(
  recipient: TrackedRecipient,
  user: Pick<UserSchedule, 'timeZone'>,
): ContactProfile {
  return {
    email: recipient.email,
    displayName: recipient.name === recipient.email ? '' : recipient.name,
    channels: [],
    timeZone: user.timeZone,
    bestDays: [1, 2, 3, 4, 5],
    bestTimes: [],
    worstTimes: [],
    notes: '',
    status: { kind: 'active' },
  };
}
