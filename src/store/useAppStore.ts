import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './appState.ts';
import type { AppStore } from './createAppStore.ts';

const AppStoreContext = createContext<AppStore | null>(null);

/** Gives the views below it `store`: the app's one, or a test's fresh one. */
export function AppStoreProvider({
  store,
  children,
}: {
  store: AppStore;
  children?: ReactNode;
}): ReactNode {
  return createElement(AppStoreContext.Provider, { value: store }, children);
}

/** The store of the nearest {@link AppStoreProvider}, for reads and actions outside render. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an AppStoreProvider above it');
  return store;
}

/** What `selector` picks from the store, re-rendering when that changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
