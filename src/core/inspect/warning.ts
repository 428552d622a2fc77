/**
 * The vocabulary of an inspection: warning codes, severities and one-click fixes as data.
 * Codes are a public contract (CLI JSON, CI scripts, editor markers): add new ones, never rename.
 */
import type { CapabilityList, NodePath } from '../model.ts';

/** Every warning code, in the order warnings are reported for a container. */
export const WARNING_CODES = [
  'windows-capabilities',
  'privileged',
  'add-all',
  'cap-prefix',
  'not-uppercase',
  'unknown-capability',
  'unavailable-capability',
  'add-and-drop',
  'ineffective-for-non-root',
  'low-port-denied',
  'dangerous-capability',
  'net-raw-granted',
  'no-drop-all',
  'user-namespace',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * `info`: worth knowing, nothing goes wrong on this runtime; `warning`: the manifest does not do
 * what it says here or on another runtime or admission policy; `danger`: the container can harm
 * the node or other tenants.
 */
export type Severity = 'info' | 'warning' | 'danger';

/**
 * A one-click fix, as data the app turns into a text edit of the container's `capabilities`.
 * Entries are named as written so the app can find them again after other edits.
 */
export type CapabilityFix =
  | {
      readonly kind: 'replace-capability';
      readonly list: CapabilityList;
      readonly from: string;
      readonly to: string;
    }
  | { readonly kind: 'remove-capability'; readonly list: CapabilityList; readonly name: string }
  | { readonly kind: 'add-capability'; readonly list: CapabilityList; readonly name: string }
  | { readonly kind: 'remove-capabilities' };

/** One finding about one container on one runtime. */
export interface InspectionWarning {
  readonly code: WarningCode;
  readonly severity: Severity;
  /** What happens on this runtime (and elsewhere, when it differs) and how to fix it. */
  readonly message: string;
  /** The capability concerned, as written in the manifest (`CAP_net_admin`, `ALL`). */
  readonly capability?: string;
  /** Index of the YAML document holding the container. */
  readonly documentIndex: number;
  /** The offending node(s), relative to that document; the first is where a marker goes. */
  readonly paths: readonly NodePath[];
  /** The one-click fix: an edit that needs no guess about what the author meant. */
  readonly fix?: CapabilityFix;
  /**
   * A second, guessed edit offered beside `fix`: for an `unknown-capability` entry that is
   * evidently a misspelling (`SYS_ADMINN`), the `replace-capability` to the capability it most
   * probably means. Only when the guess is unambiguous; `fix` stays the one certain answer.
   */
  readonly correction?: CapabilityFix;
}
