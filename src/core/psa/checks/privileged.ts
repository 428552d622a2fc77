import { fail, type PsaCheck } from '../checkDefinition.ts';
import { podContainers, securityContext } from '../podData.ts';
import { containersPhrase } from '../text.ts';

/** Privileged containers disable most isolation (baseline, 1.0+). */
export const privilegedCheck: PsaCheck = {
  id: 'privileged',
  level: 'baseline',
  versions: [
    {
      minimumVersion: 0,
      checkPod: (_metadata, spec) => {
        const bad = podContainers(spec).filter((c) => securityContext(c)?.['privileged'] === true);
        if (bad.length === 0) return undefined;
        return fail(
          'privileged',
          `${containersPhrase(bad.map((c) => c.name))} must not set securityContext.privileged=true`,
          bad.map((c) => [...c.path, 'securityContext', 'privileged']),
        );
      },
    },
  ],
};
