/**
 * `npm run bench`: runs every section and prints one Markdown table. Exits 1 when a goal is missed.
 * Sections still to come: bench/browser.ts (Playwright timings of toggles and keystrokes) and
 * bench/load.ts (first-paint JavaScript, gzip); each adds one line to SECTIONS.
 */
import { coreSection } from './core.ts';
import { type BenchRow, type BenchSection, markdownTable } from './table.ts';

const SECTIONS: readonly BenchSection[] = [
  coreSection,
  // browserSection (bench/browser.ts),
  // loadSection (bench/load.ts),
];

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const section of SECTIONS) {
  if (only.length > 0 && !only.includes(section.name)) continue;
  process.stderr.write(`bench: ${section.name}…\n`);
  rows.push(...(await section.run()));
}
process.stdout.write(markdownTable(rows));
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
