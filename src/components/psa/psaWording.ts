import type { PsaLevel } from '../../core/psa/types.ts';

/** What meeting each level means for where the pod may run, in plain words. */
export const LEVEL_MEANING: Readonly<Record<PsaLevel, string>> = {
  privileged: 'It fails baseline: only a namespace that enforces privileged (or none) admits it.',
  baseline: 'It avoids the known privilege escalations but is not hardened to restricted.',
  restricted: 'It follows every hardening rule of the Pod Security Standards.',
};

/** The version list of the picker, with a labelled version the core accepts but does not list. */
export function versionOptions(known: readonly string[], current: string): readonly string[] {
  return known.includes(current) ? known : [...known, current];
}

/** The target levels of the picker, with `privileged` only when a Namespace label asks for it. */
export function levelOptions(known: readonly PsaLevel[], current: PsaLevel): readonly PsaLevel[] {
  return known.includes(current) ? known : [current, ...known];
}
