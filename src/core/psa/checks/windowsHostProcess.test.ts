// Ported from kubernetes/pod-security-admission policy/check_windowsHostProcess_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same table as plain pod data.
import { runUpstreamTable, versionOf } from '../../../../testing/upstreamTable.ts';
import { windowsHostProcessCheck } from './windowsHostProcess.ts';

runUpstreamTable(
  'TestWindowsHostProcess (windowsHostProcess_1_0)',
  versionOf(windowsHostProcessCheck, 0),
  [
    {
      name: 'host process',
      spec: {
        securityContext: { windowsOptions: { hostProcess: true } },
        containers: [
          { name: 'a' },
          { name: 'b', securityContext: {} },
          { name: 'c', securityContext: { windowsOptions: {} } },
          { name: 'd', securityContext: { windowsOptions: { hostProcess: false } } },
          { name: 'e', securityContext: { windowsOptions: { hostProcess: true } } },
          { name: 'f', securityContext: { windowsOptions: { hostProcess: true } } },
        ],
      },
      reason: 'hostProcess',
      detail:
        'pod and containers "e", "f" must not set securityContext.windowsOptions.hostProcess=true',
    },
  ],
);
