// Ported from kubernetes/pod-security-admission policy/check_hostNamespaces_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same table as plain pod data.
import { hostNamespacesCheck } from './hostNamespaces.ts';
import { runUpstreamTable, versionOf } from '../../../../testing/upstreamTable.ts';

runUpstreamTable('TestHostNamespaces (hostNamespaces_1_0)', versionOf(hostNamespacesCheck, 0), [
  {
    name: 'multiple host namespaces',
    spec: { hostNetwork: true, hostIPC: true, hostPID: true },
    reason: 'host namespaces',
    detail: 'hostNetwork=true, hostPID=true, hostIPC=true',
  },
]);
