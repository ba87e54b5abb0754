import { useMemo } from 'react';
import { dueGroups, dueNowCount, type DueGroups } from '../../shared/app/dueGroups';
import { useNow } from '../services/useNow';
import { useFollowUps, useSettings } from '../services/useStore';

/** Every follow-up's next step, grouped in the user's zone, and how many are due now. */
export function useDue(): { groups: DueGroups; dueNow: number; now: number } {
  const followUps = useFollowUps();
  const settings = useSettings();
  const now = useNow();
  return useMemo(() => {
    const groups = dueGroups(followUps, now, settings.user.timeZone);
    return { groups, dueNow: dueNowCount(groups), now };
  }, [followUps, now, settings.user.timeZone]);
}
