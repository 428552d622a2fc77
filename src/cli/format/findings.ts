/**
 * What `check` and `inspect` found, in the one shape every machine-readable format is written
 * from: SARIF results, workflow-command annotations, JUnit test cases.
 */
import type { Region } from '../../core/report/lineColumn.ts';

/** SARIF's levels; workflow commands use error, warning and notice for the same three. */
export type FindingLevel = 'error' | 'warning' | 'note';

/** One offending YAML node. */
export interface Finding {
  /** A warning code (inspect) or a Pod Security check ID (check). */
  readonly ruleId: string;
  readonly level: FindingLevel;
  /** One line that stands alone in a code-scanning alert or an annotation. */
  readonly message: string;
  /** Short, for an annotation's title: `Deployment web: container nginx`. */
  readonly title: string;
  /** The FILE argument as given (`-` for standard input). */
  readonly file: string;
  /** The node, or null when there is none to point at (the document has no content). */
  readonly region: Region | null;
  /** What makes the finding the same across runs when lines move: workload, container, node. */
  readonly identity: string;
}

/** One rule (a warning code or a check ID), as code scanning shows it beside an alert. */
export interface Rule {
  readonly id: string;
  /** One sentence. */
  readonly short: string;
  /** A paragraph. */
  readonly full: string;
  /** What to do, in Markdown (code in backticks); the plain text is derived from it. */
  readonly help: string;
  /** 0.0 to 10.0, as GitHub maps it: over 9 critical, 7 to 8.9 high, 4 to 6.9 medium, else low. */
  readonly securitySeverity: number;
}

/** One JUnit test case: a workload (check) or a container (inspect). */
export interface TestCase {
  /** The file, as the suite name. */
  readonly suite: string;
  readonly name: string;
  /** Each reason it fails; empty when it passes. */
  readonly failures: readonly { readonly type: string; readonly message: string }[];
  /** Findings that do not fail it, listed for the reader. */
  readonly notes: readonly string[];
}

/** Everything one run reports, for the formatters. */
export interface Report {
  readonly rules: readonly Rule[];
  readonly findings: readonly Finding[];
  readonly cases: readonly TestCase[];
}
