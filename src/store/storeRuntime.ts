import type { ReaderSnapshot } from '../core/manifest/reader.ts';
import type { ParserCode } from './parserCode.ts';

/** Reads a large text off the page's main thread and hands back what the read learned. */
export interface BackgroundReader {
  read(text: string): Promise<ReaderSnapshot>;
  dispose(): void;
}

/**
 * What one store's slices share besides its state, all of it inside that store's closure: the
 * parser's code once it has loaded (with the store's own incremental reader), the reading worker,
 * and what to undo on dispose. Two stores (two tests, two tabs' worth) share nothing.
 */
export interface StoreRuntime {
  /** The parser's code, once loaded; the reader in it is this store's own. */
  parser(): ParserCode | undefined;
  /** Resolves with the parser's code once loaded (at once if it is). */
  parserLoaded(): Promise<ParserCode>;
  readonly backgroundReader: BackgroundReader | undefined;
  /** Runs `cleanup` when the store is disposed. */
  onDispose(cleanup: () => void): void;
}
