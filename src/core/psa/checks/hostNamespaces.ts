import { fail, type PsaCheck } from '../checkDefinition.ts';

// The order upstream appends them in (policy/check_hostNamespaces.go `hostNamespaces_1_0`), which is
// the order the detail lists them in: not sorted.
const HOST_NAMESPACE_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

/** No sharing of the host's network, PID or IPC namespaces (baseline, 1.0+). */
export const hostNamespacesCheck: PsaCheck = {
  id: 'hostNamespaces',
  level: 'baseline',
  versions: [
    {
      minimumVersion: 0,
      checkPod: (_metadata, spec) => {
        const shared = HOST_NAMESPACE_FIELDS.filter((field) => spec[field] === true);
        if (shared.length === 0) return undefined;
        return fail(
          'host namespaces',
          shared.map((field) => `${field}=true`).join(', '),
          shared.map((field) => [field]),
        );
      },
    },
  ],
};
