import { useCurrentItem } from './useCurrentItem';
import { useItemOpen } from './useItemOpen';

/**
 * Runs the read-mode handling for every item the pane is open on, whatever view it shows: a pinned
 * pane on the due list must still clear a plan when the user moves to the contact's reply. Renders
 * nothing; views that show the outcome read it with useItemOpen on the same item.
 */
export function ReadModeHandler() {
  const { state } = useCurrentItem();
  useItemOpen(state.status === 'ready' ? state.item : null);
  return null;
}
