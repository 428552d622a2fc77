import type { NodePath } from '../../model.ts';
import { fail, type CheckPodFn, type PsaCheck } from '../checkDefinition.ts';
import {
  deepestPath,
  isWindowsPod,
  list,
  podContainers,
  record,
  securityContext,
} from '../podData.ts';
import { containersPhrase, joinQuote, sortedSet } from '../text.ts';

// The containerd/Docker defaults minus NET_RAW. Compared as exact strings: `chown`, `CAP_CHOWN`
// and `all` are not in it, which the upstream fixtures test on purpose.
const BASELINE_ALLOWED = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/**
 * Whether `level`'s capabilities check lets a container add `cap` (spelled exactly so): baseline
 * the runtime defaults minus NET_RAW, restricted only NET_BIND_SERVICE.
 */
export function mayAdd(level: 'baseline' | 'restricted', cap: string): boolean {
  return level === 'baseline' ? BASELINE_ALLOWED.has(cap) : cap === 'NET_BIND_SERVICE';
}

function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string');
}

/** Only the default capabilities may be added (baseline, 1.0+). `drop` is not looked at. */
export const capabilitiesBaselineCheck: PsaCheck = {
  id: 'capabilities_baseline',
  level: 'baseline',
  versions: [
    {
      minimumVersion: 0,
      checkPod: (_metadata, spec) => {
        const badContainers: string[] = [];
        const badCaps: string[] = [];
        const paths: NodePath[] = [];
        for (const c of podContainers(spec)) {
          const caps = record(securityContext(c)?.['capabilities']);
          const extra = strings(caps?.['add']).filter((cap) => !mayAdd('baseline', cap));
          if (extra.length === 0) continue;
          badContainers.push(c.name);
          badCaps.push(...extra);
          paths.push([...c.path, 'securityContext', 'capabilities', 'add']);
        }
        if (badContainers.length === 0) return undefined;
        return fail(
          'non-default capabilities',
          `${containersPhrase(badContainers)} must not include ${joinQuote(sortedSet(badCaps))} in securityContext.capabilities.add`,
          paths,
        );
      },
    },
  ],
};

const capabilitiesRestricted: CheckPodFn = (_metadata, spec) => {
  const missingDropAll: string[] = [];
  const addingForbidden: string[] = [];
  const forbiddenCaps: string[] = [];
  const paths: NodePath[] = [];
  for (const c of podContainers(spec)) {
    const caps = record(securityContext(c)?.['capabilities']);
    if (!strings(caps?.['drop']).includes('ALL')) {
      missingDropAll.push(c.name);
      paths.push(deepestPath(c.path, c.data, ['securityContext', 'capabilities', 'drop']));
    }
    const extra = strings(caps?.['add']).filter((cap) => !mayAdd('restricted', cap));
    if (extra.length > 0) {
      addingForbidden.push(c.name);
      forbiddenCaps.push(...extra);
      paths.push([...c.path, 'securityContext', 'capabilities', 'add']);
    }
  }
  const details: string[] = [];
  if (missingDropAll.length > 0) {
    details.push(
      `${containersPhrase(missingDropAll)} must set securityContext.capabilities.drop=["ALL"]`,
    );
  }
  if (addingForbidden.length > 0) {
    details.push(
      `${containersPhrase(addingForbidden)} must not include ${joinQuote(sortedSet(forbiddenCaps))} in securityContext.capabilities.add`,
    );
  }
  if (details.length === 0) return undefined;
  return fail('unrestricted capabilities', details.join('; '), paths);
};

/**
 * Containers must drop ALL and may add only NET_BIND_SERVICE (restricted, 1.22+; Windows pods
 * exempt from 1.25, where the API forbids setting Linux capabilities at all).
 */
export const capabilitiesRestrictedCheck: PsaCheck = {
  id: 'capabilities_restricted',
  level: 'restricted',
  versions: [
    { minimumVersion: 22, checkPod: capabilitiesRestricted, overrides: ['capabilities_baseline'] },
    {
      minimumVersion: 25,
      checkPod: (metadata, spec) =>
        isWindowsPod(spec) ? undefined : capabilitiesRestricted(metadata, spec),
      overrides: ['capabilities_baseline'],
    },
  ],
};
