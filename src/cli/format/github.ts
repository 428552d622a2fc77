/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the file's line in the
 * pull request, for repositories without code scanning.
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 */
import type { Finding, FindingLevel } from './findings.ts';

const COMMAND: Readonly<Record<FindingLevel, string>> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
};

// The runner's own escaping (toolkit's command.ts): the message loses only % and line breaks,
// a property also : and , which separate properties.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,line=…::message` line per finding. */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props: string[] = [];
      // Standard input has no file in the checkout to annotate; the annotation still shows.
      if (f.file !== '-') props.push(`file=${escapeProperty(f.file)}`);
      if (f.region) {
        const { start, end } = f.region;
        props.push(`line=${start.line}`, `col=${start.column}`);
        props.push(`endLine=${end.line}`, `endColumn=${end.column}`);
      }
      props.push(`title=${escapeProperty(f.title)}`);
      return `::${COMMAND[f.level]} ${props.join(',')}::${escapeData(f.message)}\n`;
    })
    .join('');
}
