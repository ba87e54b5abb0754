/** How many follow-ups are due now (for the navigation's count), loaded with the plan's chunk. */
import { dueGroups, dueNowCount } from '../../shared/app/dueGroups';
import type { FollowUp } from '../../shared/domain/types';

export function dueNowOf(followUps: readonly FollowUp[], now: number, zone: string): number {
  return dueNowCount(dueGroups(followUps, now, zone));
}
