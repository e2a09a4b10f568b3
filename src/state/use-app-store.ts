/** The one React hook on the store: `useAppStore(selector)`. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './store.js';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (s: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore: no StoreContext provider');
  return useStore(store, selector);
}

/** The store itself, for imperative subscriptions (the map wrapper). */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi: no StoreContext provider');
  return store;
}
