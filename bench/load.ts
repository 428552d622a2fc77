/**
 * What the browser loads before first paint: the entry chunk and every chunk it imports
 * statically (gzip, as served), against the budget; the lazy chunks listed apart.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { productionBuild } from './build.ts';
import type { BenchRow, BenchSection } from './benchTable.ts';

const BUDGET_KB = 110;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB gzip`;

// Minified static imports: `import{a as b}from"./x.js"` and `import"./x.js"`.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([^"']+\.js)["']/g;

async function firstPaintChunks(assets: string, html: string): Promise<string[]> {
  const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in index.html');
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(assets, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(m[1]!);
  }
  return [...seen];
}

export const loadSection: BenchSection = {
  name: 'load',
  async run() {
    const dist = await productionBuild();
    const assets = join(dist, 'assets');
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const first = await firstPaintChunks(assets, html);
    const gz = async (file: string) => gzipSync(await readFile(join(assets, file))).length;
    const rows: BenchRow[] = [];
    let total = 0;
    for (const file of first) {
      const size = await gz(file);
      total += size;
      rows.push({
        section: 'load',
        what: `first paint: ${file}`,
        value: kb(size),
        goal: '',
        pass: true,
      });
    }
    rows.push({
      section: 'load',
      what: 'first-paint JavaScript, total',
      value: kb(total),
      goal: `≤ ${BUDGET_KB} kB gzip`,
      pass: total <= BUDGET_KB * 1000,
    });
    const lazy = (await readdir(assets)).filter((f) => f.endsWith('.js') && !first.includes(f));
    let lazyTotal = 0;
    const sizes = await Promise.all(lazy.map(async (f) => [f, await gz(f)] as const));
    for (const [, size] of sizes) lazyTotal += size;
    const monaco = sizes.filter(([f]) => /monaco|worker|ManifestEditor/i.test(f));
    rows.push({
      section: 'load',
      what: `lazy chunks and workers (${lazy.length}; ${sizes.map(([f, s]) => `${f.replace(/-[\w-]{8}\.js$/, '')} ${(s / 1000).toFixed(1)}`).join(', ')})`,
      value: kb(lazyTotal),
      goal: 'Monaco and its workers lazy',
      pass: monaco.length > 0 && first.every((f) => !/monaco|worker/i.test(f)),
    });
    return rows;
  },
};
