/**
 * JUnit XML, the report format GitLab, Jenkins and most CI servers show as test results: a suite
 * per file, a test case per workload (check) or container (inspect).
 */
import type { TestCase } from './findings.ts';

// XML 1.0 allows neither these control characters nor a way to escape them.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function xml(s: string): string {
  return s
    .replace(INVALID, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The JUnit XML document of `cases`, named `name` (`podcaps check`). */
export function formatJunit(name: string, cases: readonly TestCase[]): string {
  const suites = new Map<string, TestCase[]>();
  for (const c of cases) suites.set(c.suite, [...(suites.get(c.suite) ?? []), c]);
  const failed = (list: readonly TestCase[]) => list.filter((c) => c.failures.length > 0).length;
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<testsuites name="${xml(name)}" tests="${cases.length}" failures="${failed(cases)}">\n`;
  for (const [suite, list] of suites) {
    out += `  <testsuite name="${xml(suite)}" tests="${list.length}" failures="${failed(list)}" errors="0">\n`;
    for (const c of list) {
      out += `    <testcase classname="${xml(suite)}" name="${xml(c.name)}"`;
      if (c.failures.length === 0 && c.notes.length === 0) {
        out += '/>\n';
        continue;
      }
      out += '>\n';
      for (const f of c.failures) {
        out += `      <failure type="${xml(f.type)}" message="${xml(f.message)}">${xml(f.message)}</failure>\n`;
      }
      if (c.notes.length > 0) {
        out += `      <system-out>${xml(c.notes.join('\n'))}</system-out>\n`;
      }
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  return `${out}</testsuites>\n`;
}
