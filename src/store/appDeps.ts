import { createBackgroundReader } from './backgroundRead.ts';
import type { AppStoreDeps } from './createAppStore.ts';
import { importParserCode } from './parserCode.ts';

/** What the page's store is made with: the parser loaded after first paint, a reading worker. */
export function appDeps(): AppStoreDeps {
  return { parser: importParserCode, backgroundReader: createBackgroundReader() };
}
