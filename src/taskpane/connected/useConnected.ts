import { useContext, useSyncExternalStore } from 'react';
import { ConnectedContext } from './connectedContext';
import type { ConnectedController, ConnectedView } from './connectedController';

/** Connected mode's state and actions; throws outside ConnectedModeProvider (a programming error). */
export function useConnected(): { view: ConnectedView; controller: ConnectedController } {
  const controller = useContext(ConnectedContext);
  if (!controller) throw new Error('useConnected needs a ConnectedModeProvider above it');
  const view = useSyncExternalStore(controller.subscribe, controller.getView);
  return { view, controller };
}
