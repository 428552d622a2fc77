/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: a rule per code with descriptions, help and
 * `security-severity`, results with a 1-based region and a fingerprint that survives moved lines.
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 */
import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PODCAPS_VERSION } from '../cliVersion.ts';
import type { Finding, Report, Rule } from './findings.ts';

function plain(markdown: string): string {
  return markdown.replace(/`/g, '');
}

function ruleObject(rule: Rule) {
  return {
    // No `name`: the IDs are already readable, and SARIF wants a name to differ from the id.
    id: rule.id,
    shortDescription: { text: rule.short },
    fullDescription: { text: rule.full },
    help: { text: plain(rule.help), markdown: rule.help },
    properties: {
      // GitHub reads a string, and shows critical/high/medium/low from it.
      'security-severity': rule.securitySeverity.toFixed(1),
      tags: ['security', 'kubernetes'],
    },
  };
}

/**
 * The FILE argument as a URI: code scanning resolves a relative reference against the checkout,
 * which is what a path given in a workflow is. SARIF forbids a relative reference that starts
 * with a slash, so an absolute path becomes a `file:` URI. Backslashes (Windows) become slashes.
 */
function uriOf(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return encodeURI(file.replace(/\\/g, '/'));
}

function fingerprint(finding: Finding): string {
  return createHash('sha256')
    .update(`${finding.ruleId}\0${finding.file}\0${finding.identity}`)
    .digest('hex');
}

function result(finding: Finding, ruleIndex: number) {
  const { region } = finding;
  const artifactLocation = { uri: uriOf(finding.file) };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.level,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: region
          ? {
              artifactLocation,
              region: {
                startLine: region.start.line,
                startColumn: region.start.column,
                endLine: region.end.line,
                endColumn: region.end.column,
              },
            }
          : { artifactLocation, region: { startLine: 1 } },
      },
    ],
    partialFingerprints: { 'podcapsFinding/v1': fingerprint(finding) },
  };
}

/** The SARIF log of a run, as text (pretty-printed, newline-terminated). */
export function formatSarif(report: Report): string {
  // Only the rules the results use: a code-scanning rule list is what the run checked for.
  const index = new Map(report.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'podcaps',
            version: PODCAPS_VERSION,
            semanticVersion: PODCAPS_VERSION,
            rules: report.rules.map(ruleObject),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => result(f, index.get(f.ruleId) ?? -1)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
