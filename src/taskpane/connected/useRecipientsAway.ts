import { useEffect, useState } from 'react';
import type { TrackedRecipient } from '../../shared/domain/types';
import type { AwayRecipient } from '../../shared/graph/recipientsAway';
import { useConnected } from './useConnected';

/**
 * Out of office before sending (compose): asks MailTips about `recipients` once connected mode is
 * signed in, marks the ones away in their profiles (so the plan made at send starts after their
 * return) and returns them to show. Empty when connected mode is off or the lookup fails.
 */
export function useRecipientsAway(recipients: readonly TrackedRecipient[]): readonly AwayRecipient[] {
  const { view, controller } = useConnected();
  const [away, setAway] = useState<readonly AwayRecipient[]>([]);
  const ready = view.status.kind === 'ready';
  const key = recipients
    .map((r) => r.email.toLowerCase())
    .sort()
    .join(',');
  useEffect(() => {
    let cancelled = false;
    if (!ready || key === '') {
      setAway([]);
      return;
    }
    void controller.recipientsAway(recipients).then((found) => {
      if (!cancelled) setAway(found);
    });
    return () => {
      cancelled = true;
    };
    // The key identifies the recipients; the array itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [controller, ready, key]);
  return away;
}
