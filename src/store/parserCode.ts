import type { ManifestReader } from '../core/manifest/reader.ts';
import type { editSelectedContainer } from './formEdit.ts';

/**
 * The store's code that needs the `yaml` package (about a quarter of the first-paint JavaScript):
 * the incremental reader and the form edits. It loads right after first paint, both at once and
 * long before Monaco; until then the example shows its build-time parse and the toggles wait.
 */
export interface ParserCode {
  /**
   * The store's one incremental reader: it keeps the pieces of the text read last, so a keystroke
   * in a 1 MB manifest re-parses one document, and a form edit can parse only its document.
   */
  readonly reader: ManifestReader;
  readonly editSelectedContainer: typeof editSelectedContainer;
}

let loaded: ParserCode | undefined;
let loading: Promise<ParserCode> | undefined;

/** The code, once loaded; callers that cannot wait act when {@link loadParserCode} resolves. */
export function parserCode(): ParserCode | undefined {
  return loaded;
}

/** Starts loading the code (once) and resolves with it. */
export function loadParserCode(): Promise<ParserCode> {
  loading ??= Promise.all([import('../core/manifest/reader.ts'), import('./formEdit.ts')]).then(
    ([readerModule, formModule]) => {
      loaded = {
        reader: readerModule.createManifestReader(),
        editSelectedContainer: formModule.editSelectedContainer,
      };
      return loaded;
    },
  );
  return loading;
}
