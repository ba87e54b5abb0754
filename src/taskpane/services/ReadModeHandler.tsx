import { useEffect } from 'react';
import { useServices } from './servicesContext';
import { useCurrentItem } from './useCurrentItem';

/**
 * Runs the read-mode handling (repair from the message's record, reply classification and its
 * outcome) for every item the pane is open on, whatever view it shows: a pinned pane on the due list
 * must still clear a plan when the user moves to the contact's reply. Renders nothing. The classifier
 * and its language data load in their own chunk, after the pane's first paint (the initial bundle
 * has a 150 KB budget).
 */
export function ReadModeHandler() {
  const services = useServices();
  const { state } = useCurrentItem();
  const item = state.status === 'ready' && state.item.mode === 'read' ? state.item : null;
  const key = item ? (item.itemId ?? item.internetMessageId ?? item.subject) : null;

  useEffect(() => {
    if (!item) return;
    const { props, content, notifier } = services.itemServices();
    void import(/* webpackChunkName: "readmode" */ '../../shared/app/itemOpen').then(({ itemOpen }) =>
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
    );
    // The key identifies the item; the item object itself is new on every read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, services]);

  return null;
}
