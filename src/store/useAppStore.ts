import {
  createContext,
  createElement,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import { afterNextPaint } from './afterNextPaint.ts';
import type { AppState } from './appState.ts';
import type { AppStore } from './createAppStore.ts';

const AppStoreContext = createContext<AppStore | null>(null);
/** The store's state as of the last frame painted: see {@link useDeferredAppStore}. */
const DeferredStateContext = createContext<AppState | null>(null);

/**
 * Holds the deferred state for the views below: the store's state as of the last frame drawn.
 * After a change it passes the new state on only once the frame that shows the change (the
 * checkbox, the editor, the capsh text) is painted, and as a transition, which a newer change
 * interrupts. Its children are the same elements each time, so in the urgent render after a
 * change React skips every view below that reads only the deferred state.
 */
function DeferredStateProvider({ children }: { children?: ReactNode }): ReactNode {
  const store = useAppStoreApi();
  const [state, setState] = useState(store.getState);
  useEffect(() => {
    let cancel: (() => void) | undefined;
    const schedule = () => {
      cancel ??= afterNextPaint(() => {
        cancel = undefined;
        startTransition(() => setState(store.getState()));
      });
    };
    const unsubscribe = store.subscribe(schedule);
    // A change between the first render and this effect.
    schedule();
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [store]);
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
 * the editor) have shown a change and that frame is painted, as a transition, so a toggle is not
 * held up by it. A view that reads the store only through this hook does not render in the urgent
 * pass at all (see DeferredStateProvider); one that also reads {@link useAppStore} renders there
 * when that changes.
 * `selector` should be memoised: it runs on every render of the view.
 */
export function useDeferredAppStore<T>(selector: (state: AppState) => T): T {
  const state = useContext(DeferredStateContext);
  if (!state) throw new Error('useDeferredAppStore needs an AppStoreProvider above it');
  return selector(state);
}
