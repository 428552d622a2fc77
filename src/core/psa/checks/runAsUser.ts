import type { NodePath } from '../../model.ts';
import { fail, type PsaCheck } from '../check.ts';
import { podContainers, podSecurityContext, securityContext } from '../podData.ts';
import { containersPhrase } from '../text.ts';

/** No explicit runAsUser=0 on the pod or any container (restricted, 1.23+). */
export const runAsUserCheck: PsaCheck = {
  id: 'runAsUser',
  level: 'restricted',
  versions: [
    {
      minimumVersion: 23,
      checkPod: (_metadata, spec) => {
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
      },
    },
  ],
};
