/**
 * Vite plugin serving the example's parse as `virtual:podcaps/example-manifest`: the first paint
 * shows the example's checklist and capsh text without the `yaml` package, which loads after it.
 * Computed by the same core at build time, so it is exactly what the reader gives in the page.
 */
import type { Plugin } from 'vite';
import { parseManifest } from '../src/core/manifest/parse.ts';
import { EXAMPLE_MANIFEST } from '../src/core/example.ts';

export const EXAMPLE_MANIFEST_MODULE = 'virtual:podcaps/example-manifest';
const RESOLVED_ID = `\0${EXAMPLE_MANIFEST_MODULE}`;

export function exampleManifestPlugin(): Plugin {
  return {
    name: 'podcaps-example-manifest',
    resolveId(source) {
      return source === EXAMPLE_MANIFEST_MODULE ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const json = JSON.stringify(parseManifest(EXAMPLE_MANIFEST));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
