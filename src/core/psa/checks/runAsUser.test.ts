// Ported from kubernetes/pod-security-admission policy/check_runAsUser_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same table as plain pod data, plus the Podcaps cases marked below.
import { runAsUserCheck } from './runAsUser.ts';
import {
  runUpstreamTable,
  versionOf,
  type UpstreamCase,
} from '../../../../testing/upstreamTable.ts';

const upstream: UpstreamCase[] = [
  {
    name: 'pod runAsUser=0',
    spec: { securityContext: { runAsUser: 0 }, containers: [{ name: 'a' }] },
    reason: 'runAsUser=0',
    detail: 'pod must not set runAsUser=0',
  },
  {
    name: 'pod runAsUser=non-zero',
    spec: { securityContext: { runAsUser: 1000 }, containers: [{ name: 'a' }] },
    allowed: true,
  },
  {
    name: 'pod runAsUser=nil',
    spec: { securityContext: { runAsUser: null }, containers: [{ name: 'a' }] },
    allowed: true,
  },
  {
    name: 'containers runAsUser=0',
    spec: {
      securityContext: { runAsUser: 1000 },
      containers: [
        { name: 'a' },
        { name: 'b', securityContext: {} },
        { name: 'c', securityContext: { runAsUser: 0 } },
        { name: 'd', securityContext: { runAsUser: 0 } },
        { name: 'e', securityContext: { runAsUser: 1 } },
        { name: 'f', securityContext: { runAsUser: 1 } },
      ],
    },
    reason: 'runAsUser=0',
    detail: 'containers "c", "d" must not set runAsUser=0',
  },
  {
    name: 'containers runAsUser=non-zero',
    spec: {
      containers: [
        { name: 'c', securityContext: { runAsUser: 1 } },
        { name: 'd', securityContext: { runAsUser: 2 } },
        { name: 'e', securityContext: { runAsUser: 3 } },
        { name: 'f', securityContext: { runAsUser: 4 } },
      ],
    },
    allowed: true,
  },
  { name: 'host users false allowed', spec: { hostUsers: false }, allowed: true },
];

// Podcaps: upstream's "host users false allowed" pod sets no runAsUser at all, so the unrelaxed
// logic allows it too and the row cannot fail. This pod sets runAsUser=0 and tells the two apart.
const rootInUserNamespace = {
  hostUsers: false,
  securityContext: { runAsUser: 0 },
  containers: [{ name: 'a', securityContext: { runAsUser: 0 } }],
};
const rootWithHostUsers: UpstreamCase = {
  name: 'host users true, pod runAsUser=0',
  spec: { hostUsers: true, securityContext: { runAsUser: 0 }, containers: [{ name: 'a' }] },
  reason: 'runAsUser=0',
  detail: 'pod must not set runAsUser=0',
};

runUpstreamTable('TestRunAsUser (runAsUser1_35)', versionOf(runAsUserCheck, 35), [
  ...upstream,
  { name: 'host users false, runAsUser=0', spec: rootInUserNamespace, allowed: true },
  rootWithHostUsers,
]);

// Podcaps: the 1.23 logic on the same rows never relaxes.
runUpstreamTable('runAsUser1_23', versionOf(runAsUserCheck, 23), [
  ...upstream,
  {
    name: 'host users false, runAsUser=0',
    spec: rootInUserNamespace,
    reason: 'runAsUser=0',
    detail: 'pod and container "a" must not set runAsUser=0',
  },
  rootWithHostUsers,
]);
