import type { ContainerRef, ContainerType, NodePath, Refusal, WorkloadRef } from './model.ts';
import { asRecord, isWindowsPod } from './plain.ts';
import { DEFAULT_NODE, type NodeProfile } from './node/nodeProfile.ts';
import { runsInUserNamespace } from './node/userNamespaces.ts';

const LIST_KEY: Record<ContainerType, string> = {
  container: 'containers',
  initContainer: 'initContainers',
  ephemeralContainer: 'ephemeralContainers',
};

// Container securityContext fields that validateWindows forbids with one message (validation.go).
const WINDOWS_FORBIDDEN = [
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
  'seLinuxOptions',
  'seccompProfile',
  'appArmorProfile',
  'capabilities',
  'readOnlyRootFilesystem',
] as const;

/** A path as the API server prints it: `spec.template.spec.containers[0]`. */
export function formatFieldPath(path: NodePath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Where the API server says a container is: relative to its own object, as it validates it. */
export function containerFieldPath(workload: WorkloadRef, container: ContainerRef): string {
  const podSpec = workload.podSpecPath.slice(workload.path.length);
  return formatFieldPath([...podSpec, LIST_KEY[container.type], container.index]);
}

function containerErrors(workload: WorkloadRef, container: ContainerRef): string[] {
  const sc = asRecord(container.spec.securityContext);
  if (!sc) return [];
  const at = `${containerFieldPath(workload, container)}.securityContext`;
  const errors: string[] = [];
  if (sc.allowPrivilegeEscalation === false) {
    if (sc.privileged === true) {
      errors.push(
        `${at}: cannot set \`allowPrivilegeEscalation\` to false and \`privileged\` to true`,
      );
    }
    const add = asRecord(sc.capabilities)?.add;
    // Only this exact spelling: the check is `string(cap) == "CAP_SYS_ADMIN"`.
    if (Array.isArray(add) && add.includes('CAP_SYS_ADMIN')) {
      errors.push(
        `${at}: cannot set \`allowPrivilegeEscalation\` to false and \`capabilities.Add\` CAP_SYS_ADMIN`,
      );
    }
  }
  if (isWindowsPod(workload.podSpec)) {
    for (const field of WINDOWS_FORBIDDEN) {
      if (sc[field] !== undefined && sc[field] !== null) {
        errors.push(`${at}.${field}: Forbidden: cannot be set for a windows pod`);
      }
    }
  }
  return errors;
}

// validateHostUsers (pkg/apis/core/validation/validation.go): a user namespace with any host
// namespace is Forbidden, in this order. It runs only when hostUsers survives, i.e. the gate is on.
function hostUsersErrors(workload: WorkloadRef, node: NodeProfile): string[] {
  if (!runsInUserNamespace(workload, node)) return [];
  const at = formatFieldPath(workload.podSpecPath.slice(workload.path.length));
  return (['hostNetwork', 'hostPID', 'hostIPC'] as const)
    .filter((field) => workload.podSpec[field] === true)
    .map((field) => `${at}.${field}: Forbidden: when \`hostUsers\` is false`);
}

/**
 * What the API server says when it rejects the pod that holds `container`, or undefined.
 * The pod is validated whole (every init and regular container), since a pod rejected for another
 * container never runs this one; an ephemeral container is validated when it is added, alone.
 */
export function apiServerRefusal(
  workload: WorkloadRef,
  container: ContainerRef,
  node: NodeProfile = DEFAULT_NODE,
): Refusal | undefined {
  const checked =
    container.type === 'ephemeralContainer'
      ? [container]
      : [
          ...workload.containers.filter((c) => c.type === 'initContainer'),
          ...workload.containers.filter((c) => c.type === 'container'),
        ];
  const errors = [
    ...checked.flatMap((c) => containerErrors(workload, c)),
    ...(container.type === 'ephemeralContainer' ? [] : hostUsersErrors(workload, node)),
  ];
  if (errors.length === 0) return undefined;
  // apimachinery's aggregate: one error alone, several in brackets.
  const detail = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
  return { by: 'api-server', message: `${workload.kind} "${workload.name}" is invalid: ${detail}` };
}
