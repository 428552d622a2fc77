import { record, type Data } from './podData.ts';
import { PSA_LEVELS, type PsaLevel } from './types.ts';
import { parsePolicyVersion } from './policyVersion.ts';

export const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';
export const ENFORCE_VERSION_LABEL = 'pod-security.kubernetes.io/enforce-version';

/** The enforce policy a Namespace's labels set; either part may be missing. */
export interface NamespacePolicy {
  readonly level?: PsaLevel;
  readonly version?: string;
}

/** A label whose value PSA would not accept. */
export interface NamespaceLabelProblem {
  readonly namespace: string;
  readonly message: string;
}

function isLevel(value: string): value is PsaLevel {
  return (PSA_LEVELS as readonly string[]).includes(value);
}

/**
 * The enforce level and version each Namespace object sets through its
 * `pod-security.kubernetes.io/enforce` and `enforce-version` labels, by namespace name.
 * Namespaces without either label are left out; invalid values come back as problems.
 */
export function namespacePolicies(
  objects: readonly { kind: string; name: string; data: unknown }[],
): { policies: Map<string, NamespacePolicy>; problems: NamespaceLabelProblem[] } {
  const policies = new Map<string, NamespacePolicy>();
  const problems: NamespaceLabelProblem[] = [];
  for (const object of objects) {
    if (object.kind !== 'Namespace' || object.name === '') continue;
    const labels: Data = record(record(record(object.data)?.['metadata'])?.['labels']) ?? {};
    const level = labels[ENFORCE_LABEL];
    const version = labels[ENFORCE_VERSION_LABEL];
    const policy: { level?: PsaLevel; version?: string } = {};
    if (level !== undefined && level !== null) {
      if (typeof level === 'string' && isLevel(level)) policy.level = level;
      else {
        problems.push({
          namespace: object.name,
          message: `label ${ENFORCE_LABEL}=${String(level)} must be one of ${PSA_LEVELS.join(', ')}`,
        });
      }
    }
    if (version !== undefined && version !== null) {
      if (typeof version === 'string' && parsePolicyVersion(version) !== undefined) {
        policy.version = version;
      } else {
        problems.push({
          namespace: object.name,
          message: `label ${ENFORCE_VERSION_LABEL}=${String(version)} must be "latest" or "v1.N"`,
        });
      }
    }
    if (policy.level !== undefined || policy.version !== undefined) {
      policies.set(object.name, policy);
    }
  }
  return { policies, problems };
}
