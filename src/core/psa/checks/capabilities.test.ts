// Ported from kubernetes/pod-security-admission policy/check_capabilities_baseline_test.go and check_capabilities_restricted_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same tables as plain pod data.
import { capabilitiesBaselineCheck, capabilitiesRestrictedCheck } from './capabilities.ts';
import {
  runUpstreamTable,
  versionOf,
  type UpstreamCase,
} from '../../../../testing/upstreamTable.ts';

runUpstreamTable(
  'TestCapabilitiesBaseline (capabilitiesBaseline_1_0)',
  versionOf(capabilitiesBaselineCheck, 0),
  [
    {
      name: 'multiple containers',
      spec: {
        containers: [
          { name: 'a', securityContext: { capabilities: { add: ['FOO', 'BAR'] } } },
          { name: 'b', securityContext: { capabilities: { add: ['BAR', 'BAZ'] } } },
        ],
      },
      reason: 'non-default capabilities',
      detail:
        'containers "a", "b" must not include "BAR", "BAZ", "FOO" in securityContext.capabilities.add',
    },
  ],
);

const multipleContainers: UpstreamCase = {
  name: 'multiple containers',
  spec: {
    containers: [
      { name: 'a', securityContext: { capabilities: { add: ['FOO', 'BAR'] } } },
      { name: 'b', securityContext: { capabilities: { add: ['BAR', 'BAZ'] } } },
      {
        name: 'c',
        securityContext: {
          capabilities: { add: ['NET_BIND_SERVICE', 'CHOWN'], drop: ['ALL', 'FOO'] },
        },
      },
    ],
  },
  reason: 'unrestricted capabilities',
  detail:
    'containers "a", "b" must set securityContext.capabilities.drop=["ALL"]; containers "a", "b", "c" must not include "BAR", "BAZ", "CHOWN", "FOO" in securityContext.capabilities.add',
};
const linuxPod: UpstreamCase = {
  name: 'linux pod, reject if security context is not set',
  spec: { os: { name: 'linux' }, containers: [{ name: 'a' }] },
  reason: 'unrestricted capabilities',
  detail: 'container "a" must set securityContext.capabilities.drop=["ALL"]',
};
const windowsPod = { os: { name: 'windows' }, containers: [{ name: 'a' }] };

runUpstreamTable(
  'TestCapabilitiesRestricted_1_25 (capabilitiesRestricted_1_25)',
  versionOf(capabilitiesRestrictedCheck, 25),
  [
    multipleContainers,
    {
      name: 'windows pod, admit without checking capabilities',
      spec: windowsPod,
      allowed: true,
    },
    linuxPod,
  ],
);

runUpstreamTable(
  'TestCapabilitiesRestricted_1_22 (capabilitiesRestricted_1_22)',
  versionOf(capabilitiesRestrictedCheck, 22),
  [
    multipleContainers,
    // Podcaps: before 1.25 Windows pods are not exempt.
    {
      name: 'windows pod, capabilities checked',
      spec: windowsPod,
      reason: 'unrestricted capabilities',
      detail: 'container "a" must set securityContext.capabilities.drop=["ALL"]',
    },
  ],
);
