import { useSyncExternalStore } from 'react';
import type { ContactProfile, FollowUp, Settings } from '../../shared/domain/types';
import type { SaveState } from '../../shared/storage/saveQueue';
import { useServices } from './servicesContext';

/**
 * The store's data and save state, re-rendering on every change. The store returns the same arrays
 * until something changes, as useSyncExternalStore requires.
 */
export function useFollowUps(): readonly FollowUp[] {
  const { store } = useServices();
  return useSyncExternalStore(store.subscribe, store.followUps);
}

export function useProfiles(): readonly ContactProfile[] {
  const { store } = useServices();
  return useSyncExternalStore(store.subscribe, store.profiles);
}

export function useSettings(): Settings {
  const { store } = useServices();
  return useSyncExternalStore(store.subscribe, store.settings);
}

export function useSaveState(): SaveState {
  const { store } = useServices();
  return useSyncExternalStore(store.subscribe, store.saveState);
}
