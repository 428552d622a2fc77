// Bundles the CLI (src/cli/bin.ts and everything it imports, the yaml package included) into ES
// modules in dist-cli/: podcaps.js, which bin/podcaps.js loads, and a chunk per command and per
// part they share, which it imports as a command asks. Run by `npm run build:cli` and by
// `prepare`, so `npm ci` and `npm pack` both leave a built CLI: no tsx and no TypeScript at run
// time, and a start-up of a few tens of milliseconds instead of ~0.4 s of transpiling.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// A chunk of an older build would ship with the package: start from an empty folder.
rmSync('dist-cli', { recursive: true, force: true });
await build({
  entryPoints: { podcaps: 'src/cli/bin.ts' },
  outdir: 'dist-cli',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  // One chunk per command (src/cli/main.ts imports each when it runs): a start reads and compiles
  // what that command needs, not all of Podcaps (`capsh`: 135 kB of the 277 kB).
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // yaml's ES module build, not its CommonJS Node build: the latter reads process.env twice for
  // every token it parses (LOG_TOKENS, LOG_STREAM), a getenv call each in Node, and its modules
  // all run at load where the ES build's unused parts are left out.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // Less to read and compile at every start.
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
