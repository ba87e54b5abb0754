import { useCallback, useEffect, useState } from 'react';
import type { ItemSummary } from '../../shared/ports';
import { useServices } from './servicesContext';

export type CurrentItemState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ready'; item: ItemSummary }
  | { status: 'error'; message: string };

/**
 * Reads the item Outlook has open, again when a pinned pane moves to another item (ItemChanged) or
 * when `reload` is called (retry).
 */
export function useCurrentItemRead(): { state: CurrentItemState; reload: () => void } {
  const { mailbox, events } = useServices();
  const [state, setState] = useState<CurrentItemState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let active = true;
    void events.onItemChanged(reload).then((off) => {
      if (active) unsubscribe = off;
      else off();
    });
    return () => {
      active = false;
      unsubscribe?.();
    };
  }, [events, reload]);

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    mailbox.currentItem().then(
      (item) => {
        if (!cancelled) setState(item ? { status: 'ready', item } : { status: 'none' });
      },
      (error: unknown) => {
        if (!cancelled)
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [mailbox, generation]);

  return { state, reload };
}
