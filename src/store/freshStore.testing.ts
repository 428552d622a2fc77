/**
 * Setup shared by the tests of the store and of the views on it (imported by tests only; the
 * `.testing.ts` name keeps it out of the test run itself).
 */
import { beforeAll, beforeEach } from 'vitest';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { replaceOnce } from '../core/testing/text.testing.ts';
import { useAppStore } from './appStore.ts';
import { loadParserCode } from './parserCode.ts';

/**
 * Each test of the calling file starts from the store's initial state and an empty localStorage,
 * with the parser's code loaded: in the app it arrives after first paint, and a text loaded before
 * it is read later (parserLoading.test.ts covers that time), so a test must not count on import
 * timing for it. From then on every action is synchronous.
 */
export function freshStoreForEachTest(): void {
  const initial = useAppStore.getInitialState();
  beforeAll(() => loadParserCode());
  beforeEach(() => {
    localStorage.clear();
    useAppStore.setState(initial, true);
  });
}

/** The example manifest with `items` (list items at its indentation) in place of `- NET_ADMIN`. */
export function withAdd(items: string): string {
  return replaceOnce(EXAMPLE_MANIFEST, '            - NET_ADMIN\n', items);
}
