import { useCallback, useEffect, useState } from 'react';
import type { ItemOpenOutcome } from '../../shared/app/itemOpen';
import type { ItemSummary } from '../../shared/ports';
import { useServices } from './servicesContext';

/** What the read-mode handling found for one item, and how to run it again. */
export interface ItemOpenRun {
  /** The item the outcome belongs to (see itemKey). */
  readonly key: string;
  /** Null while it runs, in compose mode, or with no item. */
  readonly outcome: ItemOpenOutcome | null;
  readonly retry: () => void;
}

/** Identifies an item across reads (the summary object is new on every read). */
export function itemKey(item: ItemSummary | null): string {
  return item ? `${item.mode}:${item.itemId ?? item.internetMessageId ?? item.subject}` : 'none';
}

/** The read-mode handling, loaded on first use: reply classification and its data stay out of the first paint. */
const loadItemOpen = () => import(/* webpackChunkName: "readmode" */ '../../shared/app/itemOpen');

/**
 * Runs the read-mode handling (repair from the message's record, reply classification) once for each
 * item, and again on retry. A failure to load the handling (offline, a new deployment) is an outcome
 * with its problem, shown like any other.
 */
export function useItemOpenRun(item: ItemSummary | null): ItemOpenRun {
  const services = useServices();
  const [outcome, setOutcome] = useState<ItemOpenOutcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const key = itemKey(item);

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

  return { key, outcome, retry };
}
