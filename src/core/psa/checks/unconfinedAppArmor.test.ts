// Ported from kubernetes/pod-security-admission policy/check_appArmorProfile_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same tables as plain pod data.
import { runUpstreamTable, versionOf } from '../../../../testing/upstreamTable.ts';
import { appArmorCheck } from './unconfinedAppArmor.ts';

const PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const appArmor = versionOf(appArmorCheck, 0);

runUpstreamTable('TestCheckAppArmor_Allowed (appArmorProfile_1_0)', appArmor, [
  {
    name: 'container with default AppArmor + extra annotations',
    metadata: { annotations: { [`${PREFIX}test`]: 'runtime/default', env: 'prod' } },
    allowed: true,
  },
  {
    name: 'container with local AppArmor + extra annotations',
    metadata: { annotations: { [`${PREFIX}test`]: 'localhost/sec-profile01', env: 'dev' } },
    allowed: true,
  },
  {
    name: 'container with no AppArmor annotations',
    metadata: { annotations: { env: 'dev' } },
    allowed: true,
  },
  { name: 'container with no annotations', allowed: true },
  {
    name: 'pod with runtime default',
    spec: { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } },
    allowed: true,
  },
  {
    name: 'container with localhost profile',
    spec: {
      containers: [
        { name: 'foo', securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } },
      ],
    },
    allowed: true,
  },
]);

runUpstreamTable('TestCheckAppArmor_Forbidden (appArmorProfile_1_0)', appArmor, [
  {
    name: 'unconfined pod',
    spec: { securityContext: { appArmorProfile: { type: 'Unconfined' } } },
    reason: 'forbidden AppArmor profile',
    detail: 'pod must not set AppArmor profile type to "Unconfined"',
  },
  {
    name: 'unconfined container',
    spec: {
      securityContext: { appArmorProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'foo', securityContext: { appArmorProfile: { type: 'Unconfined' } } }],
    },
    reason: 'forbidden AppArmor profile',
    detail: 'container "foo" must not set AppArmor profile type to "Unconfined"',
  },
  {
    name: 'unconfined init container',
    spec: {
      securityContext: { appArmorProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'foo' }],
      initContainers: [
        { name: 'bar', securityContext: { appArmorProfile: { type: 'Unconfined' } } },
      ],
    },
    reason: 'forbidden AppArmor profile',
    detail: 'container "bar" must not set AppArmor profile type to "Unconfined"',
  },
  {
    name: 'multiple containers',
    metadata: {
      annotations: {
        [PREFIX]: 'bogus',
        [`${PREFIX}a`]: '',
        [`${PREFIX}b`]: 'runtime/default',
        [`${PREFIX}c`]: 'localhost/',
        [`${PREFIX}d`]: 'localhost/foo',
        [`${PREFIX}e`]: 'unconfined',
        [`${PREFIX}f`]: 'unknown',
      },
    },
    reason: 'forbidden AppArmor profiles',
    detail:
      'annotations must not set AppArmor profile type to ' +
      [`"${PREFIX}="bogus""`, `"${PREFIX}e="unconfined""`, `"${PREFIX}f="unknown""`].join(', '),
  },
]);
