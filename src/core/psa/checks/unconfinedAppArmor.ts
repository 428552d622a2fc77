import type { NodePath } from '../../model.ts';
import { fail, type PsaCheck } from '../checkDefinition.ts';
import {
  annotations,
  podContainers,
  podSecurityContext,
  record,
  securityContext,
  text,
} from '../podData.ts';
import { containersPhrase, goQuote, joinQuote, pluralize, sortedSet } from '../text.ts';

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

function allowedAnnotationValue(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

function allowedProfileType(type: string): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

/**
 * AppArmor may not be turned off: neither the `appArmorProfile` fields nor the older beta annotations
 * may ask for `Unconfined` (baseline, 1.0+; upstream checks both in its single 1.0 version).
 */
export const appArmorCheck: PsaCheck = {
  id: 'appArmorProfile',
  level: 'baseline',
  versions: [
    {
      minimumVersion: 0,
      checkPod: (metadata, spec) => {
        const setters: string[] = [];
        const badTypes: string[] = [];
        const paths: NodePath[] = [];
        const podProfile = record(podSecurityContext(spec)?.['appArmorProfile']);
        if (podProfile && !allowedProfileType(text(podProfile['type']))) {
          setters.push('pod');
          badTypes.push(text(podProfile['type']));
          paths.push(['securityContext', 'appArmorProfile', 'type']);
        }
        const badContainers: string[] = [];
        for (const c of podContainers(spec)) {
          const profile = record(securityContext(c)?.['appArmorProfile']);
          if (!profile || allowedProfileType(text(profile['type']))) continue;
          badContainers.push(c.name);
          badTypes.push(text(profile['type']));
          paths.push([...c.path, 'securityContext', 'appArmorProfile', 'type']);
        }
        if (badContainers.length > 0) setters.push(containersPhrase(badContainers));

        const forbidden = annotations(metadata)
          .filter(
            ([key, value]) => key.startsWith(ANNOTATION_PREFIX) && !allowedAnnotationValue(value),
          )
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const values = sortedSet(badTypes);
        if (forbidden.length > 0) {
          values.push(...forbidden.map(([key, value]) => `${key}=${goQuote(value)}`).sort());
          setters.push(pluralize('annotation', 'annotations', forbidden.length));
        }
        if (setters.length === 0) return undefined;
        return fail(
          pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
          `${setters.join(' and ')} must not set AppArmor profile type to ${joinQuote(values)}`,
          paths,
          forbidden.map(([key]) => ['annotations', key]),
        );
      },
    },
  ],
};
