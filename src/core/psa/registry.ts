import type { CheckPodFn, PsaCheck } from './checkDefinition.ts';
import { allowPrivilegeEscalationCheck } from './checks/allowPrivilegeEscalation.ts';
import { appArmorCheck } from './checks/unconfinedAppArmor.ts';
import { capabilitiesBaselineCheck, capabilitiesRestrictedCheck } from './checks/capabilities.ts';
import { hostNamespacesCheck } from './checks/hostNamespaces.ts';
import { hostPathVolumesCheck } from './checks/hostPathVolumes.ts';
import { hostPortsCheck } from './checks/hostPorts.ts';
import { hostProbesCheck } from './checks/hostProbes.ts';
import { privilegedCheck } from './checks/privileged.ts';
import { procMountCheck, procMountRestrictedCheck } from './checks/procMount.ts';
import { restrictedVolumesCheck } from './checks/restrictedVolumes.ts';
import { runAsNonRootCheck } from './checks/runAsNonRoot.ts';
import { runAsUserCheck } from './checks/runAsUser.ts';
import { seccompBaselineCheck, seccompRestrictedCheck } from './checks/seccomp.ts';
import { seLinuxOptionsCheck } from './checks/seLinuxOptions.ts';
import { sysctlsCheck } from './checks/sysctls.ts';
import { windowsHostProcessCheck } from './checks/windowsHostProcess.ts';
import type { PolicyMinor } from './policyVersion.ts';

/**
 * Every check. The order here is for reading only: `selectChecks` orders them as upstream does.
 */
export const PSA_CHECKS: readonly PsaCheck[] = [
  appArmorCheck,
  capabilitiesBaselineCheck,
  hostNamespacesCheck,
  hostPathVolumesCheck,
  hostPortsCheck,
  hostProbesCheck,
  privilegedCheck,
  procMountCheck,
  seLinuxOptionsCheck,
  seccompBaselineCheck,
  sysctlsCheck,
  windowsHostProcessCheck,
  allowPrivilegeEscalationCheck,
  capabilitiesRestrictedCheck,
  procMountRestrictedCheck,
  restrictedVolumesCheck,
  runAsNonRootCheck,
  runAsUserCheck,
  seccompRestrictedCheck,
];

/** A check's logic as it stands at one policy version. */
export interface ActiveCheck {
  readonly id: string;
  readonly checkPod: CheckPodFn;
}

/** Byte-wise string order, as Go's slices.Sort on strings (uppercase before lowercase). */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The checks of `checks` that run for a level at a policy version, as upstream's checkRegistry
 * (policy/registry.go `populate`) lays them out: each check's newest version at or below `minor`;
 * at restricted, the restricted checks plus the baseline checks no active restricted version
 * overrides. Ordered baseline IDs first, then restricted IDs, each sorted byte-wise, which is the
 * order the API server lists the forbidden reasons in.
 */
export function selectChecks(
  checks: readonly PsaCheck[],
  level: 'baseline' | 'restricted',
  minor: PolicyMinor,
): ActiveCheck[] {
  const active = checks.flatMap((check) => {
    if (level === 'baseline' && check.level === 'restricted') return [];
    const version = check.versions.findLast((v) => v.minimumVersion <= minor);
    return version ? [{ check, version }] : [];
  });
  const overridden = new Set(active.flatMap(({ version }) => version.overrides ?? []));
  const rank = (check: PsaCheck) => (check.level === 'baseline' ? 0 : 1);
  return active
    .filter(({ check }) => level === 'baseline' || !overridden.has(check.id))
    .sort((a, b) => rank(a.check) - rank(b.check) || byteOrder(a.check.id, b.check.id))
    .map(({ check, version }) => ({ id: check.id, checkPod: version.checkPod }));
}

/** Every level's checks at every policy version asked for so far: they never change. */
const ACTIVE = new Map<string, readonly ActiveCheck[]>();

/**
 * The checks that run for a level at a policy version (see `selectChecks`), selected once per
 * level and version, as upstream's checkRegistry lays them out once when it is built: every pod
 * of a file is evaluated against the same few lists.
 */
export function checksFor(
  level: 'baseline' | 'restricted',
  minor: PolicyMinor,
): readonly ActiveCheck[] {
  const key = `${level}:${minor}`;
  let checks = ACTIVE.get(key);
  if (!checks) {
    checks = selectChecks(PSA_CHECKS, level, minor);
    ACTIVE.set(key, checks);
  }
  return checks;
}
