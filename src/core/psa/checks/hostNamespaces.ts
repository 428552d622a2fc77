import { fail, type PsaCheck } from '../check.ts';

const HOST_NAMESPACE_FIELDS = ['hostIPC', 'hostNetwork', 'hostPID'] as const;

/** No sharing of the host's network, PID or IPC namespaces (baseline, 1.0+). */
export const hostNamespacesCheck: PsaCheck = {
  id: 'hostNamespaces',
  level: 'baseline',
  versions: [
    {
      minimumVersion: 0,
      checkPod: (_metadata, spec) => {
        // Already in byte order, which is how upstream lists them.
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
