/** The device store for the components of one workbench window, and the hook that renders its view. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DeviceStore } from './model/deviceStore';
import type { DeviceView } from './model/deviceView';

export const DeviceContext = createContext<DeviceStore | null>(null);

export function useDevice(): { store: DeviceStore; view: DeviceView } {
  const store = useContext(DeviceContext);
  if (!store) throw new Error('useDevice outside a DeviceContext');
  const view = useSyncExternalStore(store.subscribe, store.getView);
  return { store, view };
}
