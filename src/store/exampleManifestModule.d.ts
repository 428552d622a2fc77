// The virtual module served by build/exampleManifestPlugin.ts.
declare module 'virtual:podcaps/example-manifest' {
  import type { Manifest } from '../core/model.ts';

  const manifest: Manifest;
  export default manifest;
}
