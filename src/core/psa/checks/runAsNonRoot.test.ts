// Ported from kubernetes/pod-security-admission policy/check_runAsNonRoot_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same table as plain pod data, plus the Podcaps cases marked below.
import { runAsNonRootCheck } from './runAsNonRoot.ts';
import {
  runUpstreamTable,
  versionOf,
  type UpstreamCase,
} from '../../../../testing/upstreamTable.ts';

const upstream: UpstreamCase[] = [
  {
    name: 'no explicit runAsNonRoot',
    spec: { containers: [{ name: 'a' }] },
    reason: 'runAsNonRoot != true',
    detail: 'pod or container "a" must set securityContext.runAsNonRoot=true',
  },
  {
    name: 'pod runAsNonRoot=false',
    spec: { securityContext: { runAsNonRoot: false }, containers: [{ name: 'a' }] },
    reason: 'runAsNonRoot != true',
    detail: 'pod must not set securityContext.runAsNonRoot=false',
  },
  {
    name: 'containers runAsNonRoot=false',
    spec: {
      securityContext: { runAsNonRoot: true },
      containers: [
        { name: 'a' },
        { name: 'b', securityContext: {} },
        { name: 'c', securityContext: { runAsNonRoot: false } },
        { name: 'd', securityContext: { runAsNonRoot: false } },
        { name: 'e', securityContext: { runAsNonRoot: true } },
        { name: 'f', securityContext: { runAsNonRoot: true } },
      ],
    },
    reason: 'runAsNonRoot != true',
    detail: 'containers "c", "d" must not set securityContext.runAsNonRoot=false',
  },
  {
    name: 'pod nil, container fallthrough',
    spec: {
      containers: [
        { name: 'a' },
        { name: 'b', securityContext: {} },
        { name: 'd', securityContext: { runAsNonRoot: true } },
        { name: 'e', securityContext: { runAsNonRoot: true } },
      ],
    },
    reason: 'runAsNonRoot != true',
    detail: 'pod or containers "a", "b" must set securityContext.runAsNonRoot=true',
  },
];

// Podcaps: upstream's "host users false allowed" pod has no containers, so the unrelaxed logic
// allows it too and the row cannot fail. These pods need runAsNonRoot and tell the two apart.
const implicitRoot = { hostUsers: false, containers: [{ name: 'a' }] };
const explicitRoot = {
  hostUsers: false,
  securityContext: { runAsNonRoot: false },
  containers: [{ name: 'a', securityContext: { runAsNonRoot: false } }],
};

runUpstreamTable('TestRunAsNonRoot (runAsNonRoot1_35)', versionOf(runAsNonRootCheck, 35), [
  ...upstream,
  { name: 'host users false allowed', spec: { hostUsers: false }, allowed: true },
  { name: 'host users false, runAsNonRoot unset', spec: implicitRoot, allowed: true },
  { name: 'host users false, runAsNonRoot=false', spec: explicitRoot, allowed: true },
  {
    name: 'host users true, runAsNonRoot unset',
    spec: { ...implicitRoot, hostUsers: true },
    reason: 'runAsNonRoot != true',
    detail: 'pod or container "a" must set securityContext.runAsNonRoot=true',
  },
]);

// Podcaps: the 1.0 logic on the same rows never relaxes.
runUpstreamTable('runAsNonRoot1_0', versionOf(runAsNonRootCheck, 0), [
  ...upstream,
  {
    name: 'host users false, runAsNonRoot unset',
    spec: implicitRoot,
    reason: 'runAsNonRoot != true',
    detail: 'pod or container "a" must set securityContext.runAsNonRoot=true',
  },
  {
    name: 'host users false, runAsNonRoot=false',
    spec: explicitRoot,
    reason: 'runAsNonRoot != true',
    detail: 'pod and container "a" must not set securityContext.runAsNonRoot=false',
  },
]);
