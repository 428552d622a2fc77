import type { NodePath } from '../../model.ts';
import { fail, type CheckPodFn, type PsaCheck } from '../checkDefinition.ts';
import { inUserNamespace, podContainers, podSecurityContext, securityContext } from '../podData.ts';
import { containersPhrase } from '../text.ts';

/** upstream runAsNonRoot1_0: runAsNonRoot=true on the pod or every container, false nowhere. */
const mustRunAsNonRoot: CheckPodFn = (_metadata, spec) => {
  const setters: string[] = [];
  const explicitPaths: NodePath[] = [];
  const podValue = podSecurityContext(spec)?.['runAsNonRoot'];
  if (podValue === false) {
    setters.push('pod');
    explicitPaths.push(['securityContext', 'runAsNonRoot']);
  }
  const podNonRoot = podValue === true;
  const explicit: string[] = [];
  const implicit: string[] = [];
  const implicitPaths: NodePath[] = [];
  for (const c of podContainers(spec)) {
    const value = securityContext(c)?.['runAsNonRoot'];
    if (typeof value === 'boolean') {
      if (!value) {
        explicit.push(c.name);
        explicitPaths.push([...c.path, 'securityContext', 'runAsNonRoot']);
      }
    } else if (!podNonRoot) {
      implicit.push(c.name);
      implicitPaths.push(c.path);
    }
  }
  if (explicit.length > 0) setters.push(containersPhrase(explicit));
  if (setters.length > 0) {
    return fail(
      'runAsNonRoot != true',
      `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`,
      explicitPaths,
    );
  }
  if (implicit.length === 0) return undefined;
  return fail(
    'runAsNonRoot != true',
    `pod or ${containersPhrase(implicit)} must set securityContext.runAsNonRoot=true`,
    implicitPaths,
  );
};

/**
 * Containers must run as non-root (restricted, 1.0+). From 1.35 a pod in its own user namespace
 * (`hostUsers: false`) is exempt, since root inside it is not root on the node
 * (policy/check_runAsNonRoot.go `runAsNonRoot1_35`, KEP-127). The 1.0 logic never relaxes: upstream
 * dropped the alpha-gated relaxation there rather than change an old policy version.
 */
export const runAsNonRootCheck: PsaCheck = {
  id: 'runAsNonRoot',
  level: 'restricted',
  versions: [
    { minimumVersion: 0, checkPod: mustRunAsNonRoot },
    {
      minimumVersion: 35,
      checkPod: (metadata, spec) =>
        inUserNamespace(spec) ? undefined : mustRunAsNonRoot(metadata, spec),
    },
  ],
};
