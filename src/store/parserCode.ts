import type { createManifestReader, ManifestReader } from '../core/manifest/reader.ts';
import type { editSelectedContainer } from './formEdit.ts';

/**
 * The store's code that needs the `yaml` package (about a quarter of the first-paint JavaScript):
 * the incremental reader and the form edits. It loads right after first paint, both at once and
 * long before Monaco; until then the example shows its build-time read and the toggles wait.
 */
export interface ParserCode {
  /**
   * The store's one incremental reader: it keeps the pieces of the text read last, so a keystroke
   * in a 1 MB manifest re-parses one document, and a form edit can parse only its document.
   */
  readonly reader: ManifestReader;
  readonly editSelectedContainer: typeof editSelectedContainer;
}

/** The parser's modules as loaded: each store makes its {@link ParserCode} from them. */
export interface ParserModules {
  readonly createReader: typeof createManifestReader;
  readonly editSelectedContainer: typeof editSelectedContainer;
}

/** A store's parser code: a reader of its own, so two stores never share what a read learned. */
export function parserCodeOf(modules: ParserModules): ParserCode {
  return { reader: modules.createReader(), editSelectedContainer: modules.editSelectedContainer };
}

/** Loads the modules; the browser keeps each once, however many times this is called. */
export async function importParserCode(): Promise<ParserModules> {
  const [readerModule, formModule] = await Promise.all([
    import('../core/manifest/reader.ts'),
    import('./formEdit.ts'),
  ]);
  return {
    createReader: readerModule.createManifestReader,
    editSelectedContainer: formModule.editSelectedContainer,
  };
}
