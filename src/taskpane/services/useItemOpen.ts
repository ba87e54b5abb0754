import { useEffect, useState } from 'react';
import type { ItemOpenOutcome } from '../../shared/app/itemOpen';
import type { ItemSummary } from '../../shared/ports';
import { useServices } from './servicesContext';

/**
 * Runs the read-mode handling (repair from the message's record, reply classification) once for each
 * item the pane shows, and returns what it found (null while it runs or in compose mode). The
 * classifier and its language data load in their own chunk, after the pane's first paint (the
 * initial bundle has a 150 KB budget).
 */
export function useItemOpen(item: ItemSummary | null): ItemOpenOutcome | null {
  const services = useServices();
  const [outcome, setOutcome] = useState<ItemOpenOutcome | null>(null);
  const key = item ? `${item.mode}:${item.itemId ?? item.internetMessageId ?? item.subject}` : 'none';

  useEffect(() => {
    let cancelled = false;
    setOutcome(null);
    if (!item || item.mode !== 'read') return;
    const { props, content, notifier } = services.itemServices();
    void import(/* webpackChunkName: "readmode" */ '../../shared/app/itemOpen')
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
      .then(
        (result) => {
          if (!cancelled) setOutcome(result);
        },
        (error: unknown) => {
          // The chunk did not load (offline, a new deployment): say so like any other problem.
          if (!cancelled)
            setOutcome({ kind: 'none', problem: error instanceof Error ? error.message : String(error) });
        },
      );
    return () => {
      cancelled = true;
    };
    // The key identifies the item; the item object itself is new on every read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, services]);

  return outcome;
}
