/**
 * Setup shared by the tests of the store and of the views on it (imported by tests only; the
 * `.testing.ts` name keeps it out of the test run itself and, by lint, out of production code).
 */
import { createElement, type ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { EXAMPLE_MANIFEST } from '../src/core/example.ts';
import { replaceOnce } from './replaceOnce.ts';
import { createAppStore, type AppStore, type AppStoreDeps } from '../src/store/createAppStore.ts';
import { importParserCode, type ParserModules } from '../src/store/parserCode.ts';
import { AppStoreProvider } from '../src/store/useAppStore.ts';

/**
 * A store made afresh for each test of the calling file, over an empty localStorage, with the
 * parser's code at hand (in the app it arrives after first paint; parserLoading.test.ts covers
 * that time), so every action is synchronous from the start. The object returned stands for the
 * current test's store: `store.getState()` in a test reads that test's own. `deps` adds to or
 * replaces what the store is made with.
 */
export function freshStoreForEachTest(deps: Partial<AppStoreDeps> = {}): AppStore {
  let code: ParserModules | undefined;
  let current: AppStore | undefined;
  beforeAll(async () => {
    // Its modules once per file; each store makes a reader of its own from them.
    code = await importParserCode();
  });
  beforeEach(() => {
    localStorage.clear();
    if (!code) throw new Error('the parser did not load');
    current = createAppStore({ parser: code, ...deps });
  });
  afterEach(() => {
    current?.dispose();
    current = undefined;
  });
  const store = (): AppStore => {
    if (!current) throw new Error('the test store exists only inside a test');
    return current;
  };
  // Every property read goes to the current test's store (Zustand's API does not use `this`).
  return new Proxy({} as AppStore, { get: (_, key) => Reflect.get(store(), key) });
}

/** Renders `children` under the test's store (views take the store from context). */
export function withStore(store: AppStore, children: ReactNode): ReactNode {
  return createElement(AppStoreProvider, { store }, children);
}

/** The example manifest with `items` (list items at its indentation) in place of `- NET_ADMIN`. */
export function withAdd(items: string): string {
  return replaceOnce(EXAMPLE_MANIFEST, '            - NET_ADMIN\n', items);
}
