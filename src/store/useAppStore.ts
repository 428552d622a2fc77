import { createContext, createElement, useContext, useDeferredValue, type ReactNode } from 'react';
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

const wholeState = (state: AppState) => state;

/**
 * {@link useAppStore} for a panel whose derivation is heavy (the runtime comparison, Pod Security,
 * the warnings): it renders the new state after the urgent views (the checklist, the capsh panel,
 * the editor) have shown a change, in React's deferred pass, so a toggle is not held up by it.
 * `selector` should be memoised: the urgent pass calls it again with the previous state.
 */
export function useDeferredAppStore<T>(selector: (state: AppState) => T): T {
  const state = useDeferredValue(useStore(useAppStoreApi(), wholeState));
  return selector(state);
}
