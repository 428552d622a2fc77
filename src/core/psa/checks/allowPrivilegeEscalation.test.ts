// Ported from kubernetes/pod-security-admission policy/check_allowPrivilegeEscalation_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same tables as plain pod data.
import { allowPrivilegeEscalationCheck } from './allowPrivilegeEscalation.ts';
import { runUpstreamTable, versionOf } from '../../../../testing/upstreamTable.ts';

const multipleContainers = {
  name: 'multiple containers',
  spec: {
    containers: [
      { name: 'a' },
      { name: 'b', securityContext: { allowPrivilegeEscalation: null } },
      { name: 'c', securityContext: { allowPrivilegeEscalation: true } },
      { name: 'd', securityContext: { allowPrivilegeEscalation: false } },
    ],
  },
  reason: 'allowPrivilegeEscalation != false',
  detail: 'containers "a", "b", "c" must set securityContext.allowPrivilegeEscalation=false',
};
const windowsPod = { os: { name: 'windows' }, containers: [{ name: 'a' }] };

runUpstreamTable(
  'TestAllowPrivilegeEscalation_1_25 (allowPrivilegeEscalation_1_25)',
  versionOf(allowPrivilegeEscalationCheck, 25),
  [
    multipleContainers,
    {
      name: 'windows pod, admit without checking privilegeEscalation',
      spec: windowsPod,
      allowed: true,
    },
    {
      name: 'linux pod, reject if security context is not set',
      spec: { os: { name: 'linux' }, containers: [{ name: 'a' }] },
      reason: 'allowPrivilegeEscalation != false',
      detail: 'container "a" must set securityContext.allowPrivilegeEscalation=false',
    },
  ],
);

runUpstreamTable(
  'TestAllowPrivilegeEscalation_1_8 (allowPrivilegeEscalation_1_8)',
  versionOf(allowPrivilegeEscalationCheck, 8),
  [
    multipleContainers,
    // Podcaps: before 1.25 Windows pods are not exempt.
    {
      name: 'windows pod, escalation checked',
      spec: windowsPod,
      reason: 'allowPrivilegeEscalation != false',
      detail: 'container "a" must set securityContext.allowPrivilegeEscalation=false',
    },
  ],
);
