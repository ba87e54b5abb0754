import { createContext, useContext, type ReactNode } from 'react';
import type { ItemSummary } from '../../shared/ports';
import { useCurrentItemRead, type CurrentItemState } from './useCurrentItemRead';
import { itemKey, useItemOpenRun, type ItemOpenRun } from './useItemOpenRun';

interface CurrentItem {
  readonly state: CurrentItemState;
  readonly reload: () => void;
  readonly open: ItemOpenRun;
}

const CurrentItemContext = createContext<CurrentItem | null>(null);

function useCurrentItemContext(hook: string): CurrentItem {
  const value = useContext(CurrentItemContext);
  if (!value) throw new Error(`${hook} is used outside CurrentItemProvider`);
  return value;
}

/**
 * Reads the item Outlook has open once for the whole pane, and runs the read-mode handling on it
 * whatever view is shown: a pinned pane on the due list must still clear a plan when the user moves
 * to the contact's reply. Views read both through the hooks below, so an answer is applied once.
 */
export function CurrentItemProvider({ children }: { children: ReactNode }) {
  const { state, reload } = useCurrentItemRead();
  const open = useItemOpenRun(state.status === 'ready' ? state.item : null);
  return (
    <CurrentItemContext.Provider value={{ state, reload, open }}>{children}</CurrentItemContext.Provider>
  );
}

/** The item Outlook has open (read again on ItemChanged), and `reload` to retry a failed read. */
export function useCurrentItem(): { state: CurrentItemState; reload: () => void } {
  const { state, reload } = useCurrentItemContext('useCurrentItem');
  return { state, reload };
}

/** The read-mode outcome for this item (null while it runs, or while the handling is on another item). */
export function useItemOpen(item: ItemSummary | null): Pick<ItemOpenRun, 'outcome' | 'retry'> {
  const { open } = useCurrentItemContext('useItemOpen');
  return { outcome: open.key === itemKey(item) ? open.outcome : null, retry: open.retry };
}
