/** One line of the benchmark table that `npm run bench` prints. */
export interface BenchRow {
  /** The section that measured it: core, browser, load. */
  readonly section: string;
  readonly what: string;
  /** The measured figure, with its unit (e.g. `412 ms`, `98.1 kB gzip`). */
  readonly value: string;
  /** What it was measured against, if anything (e.g. the bare parse), with its unit. */
  readonly baseline?: string;
  /** The figure the goal is about (a ratio, a growth factor), when it is not `value` itself. */
  readonly figure?: string;
  /** The goal in words, e.g. `≤ 1.5`. */
  readonly goal: string;
  readonly pass: boolean;
}

/** A benchmark section: bench/core.ts now, bench/browser.ts and bench/load.ts later. */
export interface BenchSection {
  readonly name: string;
  run(): Promise<BenchRow[]>;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The rows as one Markdown table. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const head = ['section', 'measurement', 'value', 'baseline', 'figure', 'goal', 'ok'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows) {
    const cells = [r.section, r.what, r.value, r.baseline ?? '', r.figure ?? '', r.goal];
    lines.push(`| ${[...cells.map(cell), r.pass ? 'yes' : '**NO**'].join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
