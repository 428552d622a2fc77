// Ported from kubernetes/pod-security-admission policy/check_procMount_baseline_test.go and
// check_procMount_restricted_test.go at commit 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8
// (Copyright 2021 and 2025 The Kubernetes Authors, Apache License 2.0): the same tables as plain
// pod data, plus the Podcaps cases marked below.
import { procMountCheck, procMountRestrictedCheck } from './procMount.ts';
import {
  runUpstreamTable,
  versionOf,
  type UpstreamCase,
} from '../../../../testing/upstreamTable.ts';

const containers = [
  { name: 'a' },
  { name: 'b', securityContext: {} },
  { name: 'c', securityContext: { procMount: 'Default' } },
  { name: 'd', securityContext: { procMount: 'Unmasked' } },
  { name: 'e', securityContext: { procMount: 'other' } },
];
const reason = 'procMount';
const detail = 'containers "d", "e" must not set securityContext.procMount to "Unmasked", "other"';

runUpstreamTable('TestProcMountBaseline (procMount1_35baseline)', versionOf(procMountCheck, 35), [
  { name: 'procMount', spec: { containers, hostUsers: true }, reason, detail },
  { name: 'procMount with userns', spec: { containers, hostUsers: false }, allowed: true },
  // Podcaps: hostUsers unset is the host's user namespace.
  { name: 'procMount, hostUsers unset', spec: { containers }, reason, detail },
]);

// Upstream runs its one row with hostUsers true and false: procMount_1_0 never relaxes. It is the
// logic of the baseline check before 1.35 and of the restricted check from 1.35.
const unrelaxed: UpstreamCase[] = [true, false].map((hostUsers) => ({
  name: `procMount (hostUsers: ${hostUsers})`,
  spec: { containers, hostUsers },
  reason,
  detail,
}));
runUpstreamTable(
  'TestProcMountRestricted (procMount_1_0)',
  versionOf(procMountCheck, 0),
  unrelaxed,
);
runUpstreamTable(
  'TestProcMountRestricted (procMount_restricted 1.35)',
  versionOf(procMountRestrictedCheck, 35),
  unrelaxed,
);
