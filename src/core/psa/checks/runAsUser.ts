import type { NodePath } from '../../model.ts';
import { fail, type CheckPodFn, type PsaCheck } from '../checkDefinition.ts';
import { inUserNamespace, podContainers, podSecurityContext, securityContext } from '../podData.ts';
import { containersPhrase } from '../text.ts';

/** upstream runAsUser1_23: no explicit runAsUser=0 anywhere. */
const noRootUser: CheckPodFn = (_metadata, spec) => {
  const setters: string[] = [];
  const paths: NodePath[] = [];
  if (podSecurityContext(spec)?.['runAsUser'] === 0) {
    setters.push('pod');
    paths.push(['securityContext', 'runAsUser']);
  }
  const bad = podContainers(spec).filter((c) => securityContext(c)?.['runAsUser'] === 0);
  if (bad.length > 0) setters.push(containersPhrase(bad.map((c) => c.name)));
  paths.push(...bad.map((c) => [...c.path, 'securityContext', 'runAsUser']));
  if (setters.length === 0) return undefined;
  return fail('runAsUser=0', `${setters.join(' and ')} must not set runAsUser=0`, paths);
};

/**
 * No explicit runAsUser=0 on the pod or any container (restricted, 1.23+). From 1.35 a pod in its
 * own user namespace (`hostUsers: false`) may run as uid 0, which maps to an unprivileged host uid
 * (policy/check_runAsUser.go `runAsUser1_35`, KEP-127). The 1.23 logic never relaxes: upstream
 * dropped the alpha-gated relaxation there rather than change an old policy version.
 */
export const runAsUserCheck: PsaCheck = {
  id: 'runAsUser',
  level: 'restricted',
  versions: [
    { minimumVersion: 23, checkPod: noRootUser },
    {
      minimumVersion: 35,
      checkPod: (metadata, spec) =>
        inUserNamespace(spec) ? undefined : noRootUser(metadata, spec),
    },
  ],
};
