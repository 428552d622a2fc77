import type { CheckPodFn, PsaCheck } from './check.ts';
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
import type { PolicyMinor } from './version.ts';

/**
 * Every check, in upstream's registration order (Go runs the policy package's init functions in
 * file-name order), so aggregated messages list the reasons as the API server does.
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

/**
 * The checks that run for a level at a policy version: baseline checks, then restricted ones minus
 * the baseline checks a restricted check replaces at that version.
 */
export function checksFor(level: 'baseline' | 'restricted', minor: PolicyMinor): ActiveCheck[] {
  const active = PSA_CHECKS.flatMap((check) => {
    if (level === 'baseline' && check.level === 'restricted') return [];
    const version = check.versions.findLast((v) => v.minimumVersion <= minor);
    return version ? [{ check, version }] : [];
  });
  const overridden = new Set(active.flatMap(({ version }) => version.overrides ?? []));
  return active
    .filter(({ check }) => level === 'baseline' || !overridden.has(check.id))
    .map(({ check, version }) => ({ id: check.id, checkPod: version.checkPod }));
}
