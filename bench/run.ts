/**
 * `npm run bench`: runs every section (core, browser, load, cli; `npm run bench -- load` for one) and
 * prints one Markdown table. Exits 1 when a goal is missed or a section fails.
 */
import { browserSection } from './browser.ts';
import { cliSection } from './cli.ts';
import { coreSection } from './core.ts';
import { loadSection } from './load.ts';
import { type BenchRow, type BenchSection, markdownTable } from './benchTable.ts';

const SECTIONS: readonly BenchSection[] = [coreSection, browserSection, loadSection, cliSection];

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
// A section that throws is reported and the others still run: a failure twenty minutes in must
// not take the other sections' figures with it.
const failed: string[] = [];
for (const section of SECTIONS) {
  if (only.length > 0 && !only.includes(section.name)) continue;
  process.stderr.write(`bench: ${section.name}…\n`);
  try {
    rows.push(...(await section.run()));
  } catch (error) {
    failed.push(section.name);
    process.stderr.write(
      `bench: ${section.name} failed: ${error instanceof Error ? (error.stack ?? String(error)) : String(error)}\n`,
    );
  }
}
process.stdout.write(markdownTable(rows));
if (failed.length > 0) process.stdout.write(`\nSections that failed: ${failed.join(', ')}.\n`);
process.exitCode = failed.length === 0 && rows.every((r) => r.pass) ? 0 : 1;
