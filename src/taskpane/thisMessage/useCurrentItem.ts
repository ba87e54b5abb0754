import { useCallback, useEffect, useState } from 'react';
import type { ItemSummary, MailboxPort } from '../../shared/ports';

export type CurrentItemState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ready'; item: ItemSummary }
  | { status: 'error'; message: string };

/** Loads the item Outlook has open; `reload` reads it again (retry, or after ItemChanged). */
export function useCurrentItem(mailbox: MailboxPort): { state: CurrentItemState; reload: () => void } {
  const [state, setState] = useState<CurrentItemState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

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

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
