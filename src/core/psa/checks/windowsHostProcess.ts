import type { NodePath } from '../../model.ts';
import { fail, type PsaCheck } from '../checkDefinition.ts';
import { podContainers, podSecurityContext, record, securityContext } from '../podData.ts';
import { containersPhrase } from '../text.ts';

function hostProcess(context: Readonly<Record<string, unknown>> | undefined): boolean {
  return record(context?.['windowsOptions'])?.['hostProcess'] === true;
}

/** Windows HostProcess containers run as the node itself (baseline, 1.0+). */
export const windowsHostProcessCheck: PsaCheck = {
  id: 'windowsHostProcess',
  level: 'baseline',
  versions: [
    {
      minimumVersion: 0,
      checkPod: (_metadata, spec) => {
        const setters: string[] = [];
        const paths: NodePath[] = [];
        if (hostProcess(podSecurityContext(spec))) {
          setters.push('pod');
          paths.push(['securityContext', 'windowsOptions', 'hostProcess']);
        }
        const bad = podContainers(spec).filter((c) => hostProcess(securityContext(c)));
        if (bad.length > 0) setters.push(containersPhrase(bad.map((c) => c.name)));
        paths.push(
          ...bad.map((c) => [...c.path, 'securityContext', 'windowsOptions', 'hostProcess']),
        );
        if (setters.length === 0) return undefined;
        return fail(
          'hostProcess',
          `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`,
          paths,
        );
      },
    },
  ],
};
