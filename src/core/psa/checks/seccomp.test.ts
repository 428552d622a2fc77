// Ported from kubernetes/pod-security-admission policy/check_seccompProfile_baseline_test.go and check_seccompProfile_restricted_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same tables as plain pod data, plus the Podcaps rows marked below.
import { seccompBaselineCheck, seccompRestrictedCheck } from './seccomp.ts';
import {
  runUpstreamTable,
  versionOf,
  type UpstreamCase,
} from '../../../../testing/upstreamTable.ts';

const profile = (type: string) => ({ securityContext: { seccompProfile: { type } } });
const threeContainers = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];

runUpstreamTable(
  'TestSeccompProfileBaseline_1_0 (seccompProfileBaseline_1_0)',
  versionOf(seccompBaselineCheck, 0),
  [
    {
      name: 'pod seccomp invalid',
      metadata: { annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' } },
      reason: 'seccompProfile',
      detail: 'forbidden annotation seccomp.security.alpha.kubernetes.io/pod="unconfined"',
    },
    {
      name: 'containers seccomp invalid',
      metadata: {
        annotations: {
          'container.seccomp.security.alpha.kubernetes.io/a': 'unconfined',
          'container.seccomp.security.alpha.kubernetes.io/b': 'unknown',
        },
      },
      spec: { containers: threeContainers },
      reason: 'seccompProfile',
      detail:
        'forbidden annotations container.seccomp.security.alpha.kubernetes.io/a="unconfined", container.seccomp.security.alpha.kubernetes.io/b="unknown"',
    },
    {
      name: 'pod and containers seccomp invalid',
      metadata: {
        annotations: {
          'seccomp.security.alpha.kubernetes.io/pod': 'unconfined',
          'container.seccomp.security.alpha.kubernetes.io/a': 'unconfined',
          'container.seccomp.security.alpha.kubernetes.io/b': 'unknown',
        },
      },
      spec: { containers: threeContainers },
      reason: 'seccompProfile',
      detail:
        'forbidden annotations container.seccomp.security.alpha.kubernetes.io/a="unconfined", container.seccomp.security.alpha.kubernetes.io/b="unknown", seccomp.security.alpha.kubernetes.io/pod="unconfined"',
    },
  ],
);

const podInvalid: UpstreamCase = {
  name: 'pod seccomp invalid',
  spec: { ...profile('Unconfined'), containers: [{ name: 'a' }] },
  reason: 'seccompProfile',
  detail: 'pod must not set securityContext.seccompProfile.type to "Unconfined"',
};
const sixContainers = [
  { name: 'a' },
  { name: 'b', securityContext: {} },
  { name: 'c', ...profile('Unconfined') },
  { name: 'd', ...profile('Unconfined') },
  { name: 'e', ...profile('RuntimeDefault') },
  { name: 'f', ...profile('RuntimeDefault') },
];
const containersInvalid: UpstreamCase = {
  name: 'containers seccomp invalid',
  spec: { ...profile('RuntimeDefault'), containers: sixContainers },
  reason: 'seccompProfile',
  detail: 'containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"',
};

runUpstreamTable(
  'TestSeccompProfileBaseline_1_19 (seccompProfileBaseline_1_19)',
  versionOf(seccompBaselineCheck, 19),
  [
    podInvalid,
    containersInvalid,
    {
      name: 'pod and containers seccomp invalid',
      spec: { ...profile('Unconfined'), containers: sixContainers },
      reason: 'seccompProfile',
      detail:
        'pod and containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"',
    },
    // Podcaps: from 1.19 the baseline check reads the fields, no longer the annotations.
    {
      name: 'annotation ignored',
      metadata: { annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' } },
      spec: { containers: [{ name: 'a' }] },
      allowed: true,
    },
  ],
);

const noExplicit: UpstreamCase = {
  name: 'no explicit seccomp',
  spec: { containers: [{ name: 'a' }] },
  reason: 'seccompProfile',
  detail:
    'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
};
const podNilFallthrough: UpstreamCase = {
  name: 'pod nil, container fallthrough',
  spec: {
    containers: [
      { name: 'a' },
      { name: 'b', securityContext: {} },
      { name: 'd', ...profile('RuntimeDefault') },
      { name: 'e', ...profile('RuntimeDefault') },
    ],
  },
  reason: 'seccompProfile',
  detail:
    'pod or containers "a", "b" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
};
const windowsPod = { os: { name: 'windows' }, containers: [{ name: 'a' }] };

runUpstreamTable(
  'TestSeccompProfileRestricted_1_25 (seccompProfileRestricted_1_25)',
  versionOf(seccompRestrictedCheck, 25),
  [
    noExplicit,
    { name: 'no explicit seccomp, windows Pod', spec: windowsPod, allowed: true },
    {
      name: 'no explicit seccomp, linux pod',
      spec: { os: { name: 'linux' }, containers: [{ name: 'a' }] },
      reason: 'seccompProfile',
      detail:
        'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
    },
    podInvalid,
    containersInvalid,
    podNilFallthrough,
  ],
);

runUpstreamTable(
  'TestSeccompProfileRestricted_1_19 (seccompProfileRestricted_1_19)',
  versionOf(seccompRestrictedCheck, 19),
  [
    noExplicit,
    podInvalid,
    containersInvalid,
    podNilFallthrough,
    // Podcaps: before 1.25 Windows pods are not exempt.
    {
      name: 'no explicit seccomp, windows Pod',
      spec: windowsPod,
      reason: 'seccompProfile',
      detail:
        'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
    },
  ],
);
