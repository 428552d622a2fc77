import type { NodePath } from '../../model.ts';
import { fail, type PsaCheck } from '../check.ts';
import { podContainers, podSecurityContext, securityContext } from '../podData.ts';
import { containersPhrase } from '../text.ts';

/**
 * Containers must run as non-root: runAsNonRoot=true on the pod or on every container, and false
 * nowhere (restricted, 1.0+).
 */
export const runAsNonRootCheck: PsaCheck = {
  id: 'runAsNonRoot',
  level: 'restricted',
  versions: [
    {
      minimumVersion: 0,
      checkPod: (_metadata, spec) => {
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
      },
    },
  ],
};
