/**
 * `npm run bench`: runs every section (core, browser, load, cli; `npm run bench -- load` for one) and
 * prints one Markdown table. Exits 1 when a goal is missed.
 */
import { browserSection } from './browser.ts';
import { cliSection } from './cli.ts';
import { coreSection } from './core.ts';
import { loadSection } from './load.ts';
import { type BenchRow, type BenchSection, markdownTable } from './benchTable.ts';

const SECTIONS: readonly BenchSection[] = [coreSection, browserSection, loadSection, cliSection];

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const section of SECTIONS) {
  if (only.length > 0 && !only.includes(section.name)) continue;
  process.stderr.write(`bench: ${section.name}…\n`);
  rows.push(...(await section.run()));
}
process.stdout.write(markdownTable(rows));
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
