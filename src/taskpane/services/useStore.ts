import { useCallback, useSyncExternalStore } from 'react';
import type { ContactProfile, FollowUp, Settings } from '../../shared/domain/types';
import type { SaveState } from '../../shared/storage/saveQueue';
import type { Store } from '../../shared/storage/store';
import { useServices } from './servicesContext';

/**
 * The store's data and save state, re-rendering on every change. The store returns the same arrays
 * until something changes, as useSyncExternalStore requires.
 */
function useStoreValue<T>(read: (store: Store) => T): T {
  const { store } = useServices();
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  // `read` is one of the fixed selectors below: depending on the store alone is enough.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const snapshot = useCallback(() => read(store), [store]);
  return useSyncExternalStore(subscribe, snapshot);
}

export function useFollowUps(): readonly FollowUp[] {
  return useStoreValue((store) => store.followUps());
}

export function useProfiles(): readonly ContactProfile[] {
  return useStoreValue((store) => store.profiles());
}

export function useSettings(): Settings {
  return useStoreValue((store) => store.settings());
}

export function useSaveState(): SaveState {
  return useStoreValue((store) => store.saveState());
}
