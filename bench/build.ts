import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

let built: Promise<string> | undefined;
let bareBuilt: Promise<string> | undefined;

/** One production build into a temp folder, shared by the browser and load sections. */
export function productionBuild(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'podcaps-bench-'));
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    return outDir;
  })();
  return built;
}

/** Where the bare page lands in its build: the entry keeps its path under the project root. */
export const BARE_PAGE = '/bench/bare/index.html';

/**
 * The browser section's baseline, bare Monaco (bench/bare), built on its own into another temp
 * folder so that it never ships with the app. Same vite.config.ts (plugins, target, workers,
 * chunking), only the entry differs; the root stays the project's, where the schema plugin keeps
 * its cache.
 */
export function bareBuild(): Promise<string> {
  bareBuilt ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'podcaps-bench-bare-'));
    await build({
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        rolldownOptions: { input: join(process.cwd(), BARE_PAGE.slice(1)) },
      },
    });
    return outDir;
  })();
  return bareBuilt;
}
