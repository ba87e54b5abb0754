import { useCallback, useEffect, useState } from 'react';
import type { ItemOpenOutcome } from '../../shared/app/itemOpen';
import type { ItemSummary } from '../../shared/ports';
import { useServices } from './servicesContext';

/** The read-mode handling, loaded on first use: reply classification and its data stay out of the first paint. */
const loadItemOpen = () => import('../../shared/app/itemOpen');

/**
 * Runs the read-mode handling (repair from the message's record, reply classification) once for each
 * item the pane shows, and returns what it found (null while it runs or in compose mode). A failure to
 * load the handling is an outcome with its problem (the pane shows it with a retry).
 */
export function useItemOpen(item: ItemSummary | null): {
  outcome: ItemOpenOutcome | null;
  retry: () => void;
} {
  const services = useServices();
  const [outcome, setOutcome] = useState<ItemOpenOutcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const key = item ? `${item.mode}:${item.itemId ?? item.internetMessageId ?? item.subject}` : 'none';

  useEffect(() => {
    let cancelled = false;
    setOutcome(null);
    if (!item || item.mode !== 'read') return;
    const { props, content, notifier } = services.itemServices();
    void loadItemOpen()
      .then(({ itemOpen }) =>
        itemOpen(
          {
            store: services.store,
            props,
            content,
            notifier,
            capabilities: services.capabilities,
            userEmail: services.user.email,
            sentCopies: services.sentCopies,
          },
          item,
          services.clock.now(),
        ),
      )
      .catch((error: unknown): ItemOpenOutcome => ({
        kind: 'none',
        problem: error instanceof Error ? error.message : String(error),
      }))
      .then((result) => {
        if (!cancelled) setOutcome(result);
      });
    return () => {
      cancelled = true;
    };
    // The key identifies the item; the item object itself is new on every read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, services, attempt]);

  return { outcome, retry };
}
