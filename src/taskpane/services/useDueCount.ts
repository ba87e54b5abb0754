import { useEffect, useState } from 'react';
import { useNow } from './useNow';
import { useFollowUps, useSettings } from './useStore';

import type { dueNowOf as DueNowOfFn } from '../due/dueCount';

type DueNowOf = typeof DueNowOfFn;

/** How many follow-ups are due now; null until the grouping code has loaded (right after the first paint). */
export function useDueCount(): number | null {
  const followUps = useFollowUps();
  const settings = useSettings();
  const now = useNow();
  const [dueNowOf, setDueNowOf] = useState<DueNowOf | null>(null);
  useEffect(() => {
    let active = true;
    import('../due/dueCount').then(
      (module) => active && setDueNowOf(() => module.dueNowOf),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  return dueNowOf ? dueNowOf(followUps, now, settings.user.timeZone) : null;
}
