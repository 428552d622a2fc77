import type { NodePath } from '../../model.ts';
import { fail, type CheckPodFn, type PsaCheck } from '../checkDefinition.ts';
import { inUserNamespace, podContainers, securityContext } from '../podData.ts';
import { containersPhrase, joinQuote, sortedSet } from '../text.ts';

const defaultProcMountOnly: CheckPodFn = (_metadata, spec) => {
  const badContainers: string[] = [];
  const types: string[] = [];
  const paths: NodePath[] = [];
  for (const c of podContainers(spec)) {
    const procMount = securityContext(c)?.['procMount'];
    if (typeof procMount !== 'string' || procMount === 'Default') continue;
    badContainers.push(c.name);
    types.push(procMount);
    paths.push([...c.path, 'securityContext', 'procMount']);
  }
  if (badContainers.length === 0) return undefined;
  return fail(
    'procMount',
    `${containersPhrase(badContainers)} must not set securityContext.procMount to ${joinQuote(sortedSet(types))}`,
    paths,
  );
};

/**
 * The default /proc masks must stay (baseline, 1.0+). From 1.35 a pod in its own user namespace
 * (`hostUsers: false`) may unmask /proc, since root inside it is not root on the node
 * (policy/check_procMount_baseline.go `procMount1_35baseline`).
 */
export const procMountCheck: PsaCheck = {
  id: 'procMount',
  level: 'baseline',
  versions: [
    { minimumVersion: 0, checkPod: defaultProcMountOnly },
    {
      minimumVersion: 35,
      checkPod: (metadata, spec) =>
        inUserNamespace(spec) ? undefined : defaultProcMountOnly(metadata, spec),
    },
  ],
};

/**
 * Restricted keeps the /proc masks even in a user namespace (restricted, 1.35+): it runs the
 * unrelaxed 1.0 logic and replaces the relaxed baseline check (policy/check_procMount_restricted.go).
 */
export const procMountRestrictedCheck: PsaCheck = {
  id: 'procMount_restricted',
  level: 'restricted',
  versions: [{ minimumVersion: 35, checkPod: defaultProcMountOnly, overrides: ['procMount'] }],
};
