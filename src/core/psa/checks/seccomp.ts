import type { NodePath } from '../../model.ts';
import { fail, type CheckPodFn, type PsaCheck } from '../checkDefinition.ts';
import {
  annotations,
  isWindowsPod,
  podContainers,
  podSecurityContext,
  record,
  securityContext,
  text,
  type Data,
} from '../podData.ts';
import { containersPhrase, goQuote, joinQuote, pluralize, sortedSet } from '../text.ts';

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

function validAnnotationValue(value: string): boolean {
  return (
    value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/')
  );
}

function validType(type: string): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

/** Before the seccompProfile field (1.19), seccomp was chosen with the alpha annotations. */
const seccompAnnotations: CheckPodFn = (metadata, spec) => {
  const values = new Map(annotations(metadata));
  const keys = [
    POD_ANNOTATION,
    ...podContainers(spec).map((c) => CONTAINER_ANNOTATION_PREFIX + c.name),
  ];
  const forbidden = new Map<string, string>();
  for (const key of keys) {
    const value = values.get(key);
    if (value !== undefined && !validAnnotationValue(value)) {
      forbidden.set(`${key}=${goQuote(value)}`, key);
    }
  }
  if (forbidden.size === 0) return undefined;
  const entries = sortedSet(forbidden.keys());
  return fail(
    'seccompProfile',
    `forbidden ${pluralize('annotation', 'annotations', entries.length)} ${entries.join(', ')}`,
    [],
    [...new Set(forbidden.values())].map((key) => ['annotations', key]),
  );
};

interface SeccompScan {
  setters: string[];
  badValues: string[];
  paths: NodePath[];
  /** Containers with no profile of their own and no valid pod-level one to inherit. */
  implicit: { name: string; path: NodePath }[];
}

function scanSeccomp(spec: Data): SeccompScan {
  const scan: SeccompScan = { setters: [], badValues: [], paths: [], implicit: [] };
  let podSet = false;
  const podProfile = record(podSecurityContext(spec)?.['seccompProfile']);
  if (podProfile) {
    const type = text(podProfile['type']);
    if (validType(type)) {
      podSet = true;
    } else {
      scan.setters.push('pod');
      scan.badValues.push(type);
      scan.paths.push(['securityContext', 'seccompProfile', 'type']);
    }
  }
  const explicit: string[] = [];
  for (const c of podContainers(spec)) {
    const profile = record(securityContext(c)?.['seccompProfile']);
    if (profile) {
      const type = text(profile['type']);
      if (validType(type)) continue;
      explicit.push(c.name);
      scan.badValues.push(type);
      scan.paths.push([...c.path, 'securityContext', 'seccompProfile', 'type']);
    } else if (!podSet) {
      scan.implicit.push({ name: c.name, path: c.path });
    }
  }
  if (explicit.length > 0) scan.setters.push(containersPhrase(explicit));
  return scan;
}

function explicitlyBad(scan: SeccompScan) {
  return fail(
    'seccompProfile',
    `${scan.setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(scan.badValues))}`,
    scan.paths,
  );
}

/** If a seccomp profile is set it must be RuntimeDefault or Localhost; unset is fine. */
const seccompBaselineFields: CheckPodFn = (_metadata, spec) => {
  const scan = scanSeccomp(spec);
  return scan.setters.length > 0 ? explicitlyBad(scan) : undefined;
};

/** Every container must end up with RuntimeDefault or Localhost, its own or the pod's. */
const seccompRestrictedFields: CheckPodFn = (_metadata, spec) => {
  const scan = scanSeccomp(spec);
  if (scan.setters.length > 0) return explicitlyBad(scan);
  if (scan.implicit.length === 0) return undefined;
  return fail(
    'seccompProfile',
    `pod or ${containersPhrase(scan.implicit.map((c) => c.name))} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    scan.implicit.map((c) => c.path),
  );
};

/** Seccomp may not be disabled: annotations before 1.19, the fields from 1.19 (baseline). */
export const seccompBaselineCheck: PsaCheck = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  versions: [
    { minimumVersion: 0, checkPod: seccompAnnotations },
    { minimumVersion: 19, checkPod: seccompBaselineFields },
  ],
};

/**
 * Seccomp must be on (restricted, 1.19+). Windows pods are exempt from 1.25: the API forbids them
 * a seccomp profile.
 */
export const seccompRestrictedCheck: PsaCheck = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  versions: [
    {
      minimumVersion: 19,
      checkPod: seccompRestrictedFields,
      overrides: ['seccompProfile_baseline'],
    },
    {
      minimumVersion: 25,
      checkPod: (metadata, spec) =>
        isWindowsPod(spec) ? undefined : seccompRestrictedFields(metadata, spec),
      overrides: ['seccompProfile_baseline'],
    },
  ],
};
