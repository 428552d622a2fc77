// Ported from kubernetes/pod-security-admission policy/check_privileged_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same table as plain pod data.
import { privilegedCheck } from './privileged.ts';
import { runUpstreamTable, versionOf } from '../../../../testing/upstreamTable.ts';

runUpstreamTable('TestPrivileged (privileged_1_0)', versionOf(privilegedCheck, 0), [
  {
    name: 'privileged',
    spec: {
      containers: [
        { name: 'a' },
        { name: 'b', securityContext: {} },
        { name: 'c', securityContext: { privileged: false } },
        { name: 'd', securityContext: { privileged: true } },
        { name: 'e', securityContext: { privileged: true } },
      ],
    },
    reason: 'privileged',
    detail: 'containers "d", "e" must not set securityContext.privileged=true',
  },
]);
