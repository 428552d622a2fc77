import { createContext, createElement, useContext, useDeferredValue, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './appState.ts';
import type { AppStore } from './createAppStore.ts';

const AppStoreContext = createContext<AppStore | null>(null);
/** The store's state as React's deferred pass sees it: see {@link useDeferredAppStore}. */
const DeferredStateContext = createContext<AppState | null>(null);

const wholeState = (state: AppState) => state;
const noState = () => null;

/**
 * Holds the deferred state for the views below. In the urgent pass after a change it re-renders
 * alone: its value is still the previous state and its children are the same elements, so React
 * skips every view below that reads only the deferred state; the deferred pass then passes them
 * the new one.
 */
function DeferredStateProvider({ children }: { children?: ReactNode }): ReactNode {
  const state = useDeferredValue(useStore(useAppStoreApi(), wholeState));
  return createElement(DeferredStateContext.Provider, { value: state }, children);
}

/** Gives the views below it `store`: the app's one, or a test's fresh one. */
export function AppStoreProvider({
  store,
  children,
}: {
  store: AppStore;
  children?: ReactNode;
}): ReactNode {
  return createElement(
    AppStoreContext.Provider,
    { value: store },
    createElement(DeferredStateProvider, null, children),
  );
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

/**
 * {@link useAppStore} for a panel whose derivation is heavy (the runtime comparison, Pod Security,
 * the warnings): it renders the new state after the urgent views (the checklist, the capsh panel,
 * the editor) have shown a change, in React's deferred pass, so a toggle is not held up by it. A
 * view that reads the store only through this hook does not render in the urgent pass at all (see
 * DeferredStateProvider); one that also reads {@link useAppStore} renders there when that changes.
 * `selector` should be memoised: it runs on every render of the view.
 */
export function useDeferredAppStore<T>(selector: (state: AppState) => T): T {
  const provided = useContext(DeferredStateContext);
  // Below an AppStoreProvider the provider's state; otherwise (never in the app) a subscription
  // of the view's own, deferred the same way.
  const own = useDeferredValue(useStore(useAppStoreApi(), provided ? noState : wholeState));
  return selector(provided ?? (own as AppState));
}
