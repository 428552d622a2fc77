// Ported from kubernetes/pod-security-admission policy/check_hostPathVolumes_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same table as plain pod data.
import { hostPathVolumesCheck } from './hostPathVolumes.ts';
import { runUpstreamTable, versionOf } from '../../../../testing/upstreamTable.ts';

runUpstreamTable('TestHostPathVolumes (hostPathVolumes_1_0)', versionOf(hostPathVolumesCheck, 0), [
  {
    name: 'host path volumes',
    spec: {
      volumes: [
        { name: 'a', hostPath: {} },
        { name: 'b', hostPath: {} },
        { name: 'c', emptyDir: {} },
      ],
    },
    reason: 'hostPath volumes',
    detail: 'volumes "a", "b"',
  },
]);
