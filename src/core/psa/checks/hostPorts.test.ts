// Ported from kubernetes/pod-security-admission policy/check_hostPorts_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same table as plain pod data.
import { hostPortsCheck } from './hostPorts.ts';
import { runUpstreamTable, versionOf } from '../../../../testing/upstreamTable.ts';

runUpstreamTable('TestHostPort (hostPorts_1_0)', versionOf(hostPortsCheck, 0), [
  {
    name: 'one container, one host port',
    spec: {
      containers: [
        { name: 'a', ports: [{ hostPort: 0 }] },
        { name: 'b', ports: [{ hostPort: 0 }, { hostPort: 20 }] },
      ],
    },
    reason: 'hostPort',
    detail: 'container "b" uses hostPort 20',
  },
  {
    name: 'multiple containers, multiple host port',
    spec: {
      containers: [
        { name: 'a', ports: [{ hostPort: 0 }] },
        { name: 'b', ports: [{ hostPort: 0 }, { hostPort: 10 }, { hostPort: 20 }] },
        { name: 'c', ports: [{ hostPort: 0 }, { hostPort: 10 }, { hostPort: 30 }] },
      ],
    },
    reason: 'hostPort',
    detail: 'containers "b", "c" use hostPorts 10, 20, 30',
  },
]);
