import { fail, type CheckPodFn, type PsaCheck } from '../checkDefinition.ts';
import { deepestPath, isWindowsPod, podContainers, securityContext } from '../podData.ts';
import { containersPhrase } from '../text.ts';

const mustDisallowEscalation: CheckPodFn = (_metadata, spec) => {
  // Unset counts as allowed: the runtime's default is to permit escalation.
  const bad = podContainers(spec).filter(
    (c) => securityContext(c)?.['allowPrivilegeEscalation'] !== false,
  );
  if (bad.length === 0) return undefined;
  return fail(
    'allowPrivilegeEscalation != false',
    `${containersPhrase(bad.map((c) => c.name))} must set securityContext.allowPrivilegeEscalation=false`,
    bad.map((c) => deepestPath(c.path, c.data, ['securityContext', 'allowPrivilegeEscalation'])),
  );
};

/**
 * No setuid-style escalation: allowPrivilegeEscalation must be explicitly false (restricted, 1.8+,
 * when the field appeared; Windows pods exempt from 1.25, where the field is not allowed).
 */
export const allowPrivilegeEscalationCheck: PsaCheck = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  versions: [
    { minimumVersion: 8, checkPod: mustDisallowEscalation },
    {
      minimumVersion: 25,
      checkPod: (metadata, spec) =>
        isWindowsPod(spec) ? undefined : mustDisallowEscalation(metadata, spec),
    },
  ],
};
