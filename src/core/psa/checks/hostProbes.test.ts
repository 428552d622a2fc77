// Ported from kubernetes/pod-security-admission policy/check_hostProbesAndhostLifecycle_test.go at
// commit 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2024 The Kubernetes Authors, Apache
// License 2.0): the same tables as plain pod data.
import { describe, expect, it } from 'vitest';
import { evaluatePod } from '../evaluate.ts';
import { hostProbesCheck } from './hostProbes.ts';
import { runUpstreamTable, versionOf } from '../../../../testing/upstreamTable.ts';

const reason = 'probe or lifecycle host';

runUpstreamTable(
  'TestHostProbesAndHostLifecycle (hostProbesAndHostLifecycleV1Dot34)',
  versionOf(hostProbesCheck, 34),
  [
    {
      name: 'valid pod with unset hosts',
      spec: {
        containers: [
          {
            name: 'a',
            livenessProbe: { httpGet: {} },
            readinessProbe: { tcpSocket: {} },
            lifecycle: { postStart: { httpGet: {} } },
          },
        ],
      },
      allowed: true,
    },
    {
      name: 'invalid pod with local host IP as probe host',
      spec: {
        containers: [
          {
            name: 'a',
            livenessProbe: { httpGet: { host: '127.0.0.1' } },
            readinessProbe: { tcpSocket: { host: '::1' } },
            startupProbe: { httpGet: { host: 'localhost' } },
          },
        ],
      },
      reason,
      detail: 'container "a" uses probe or lifecycle hosts "127.0.0.1", "::1", "localhost"',
    },
    {
      name: 'invalid httpget host in liveness probe',
      spec: { containers: [{ name: 'a', livenessProbe: { httpGet: { host: 'invalid.host' } } }] },
      reason,
      detail: 'container "a" uses probe or lifecycle host "invalid.host"',
    },
    {
      name: 'invalid tcpsocket host in readiness probe',
      spec: {
        containers: [{ name: 'b', readinessProbe: { tcpSocket: { host: 'invalid.host' } } }],
      },
      reason,
      detail: 'container "b" uses probe or lifecycle host "invalid.host"',
    },
    {
      name: 'invalid httpget host in startup probe',
      spec: { containers: [{ name: 'c', startupProbe: { httpGet: { host: 'invalid.host' } } }] },
      reason,
      detail: 'container "c" uses probe or lifecycle host "invalid.host"',
    },
    {
      name: 'invalid poststart tcpsocket host',
      spec: {
        containers: [
          { name: 'd', lifecycle: { postStart: { tcpSocket: { host: 'invalid.host' } } } },
        ],
      },
      reason,
      detail: 'container "d" uses probe or lifecycle host "invalid.host"',
    },
    {
      name: 'invalid prestop httpget host',
      spec: {
        containers: [
          { name: 'e', lifecycle: { preStop: { httpGet: { host: 'another.invalid.host' } } } },
        ],
      },
      reason,
      detail: 'container "e" uses probe or lifecycle host "another.invalid.host"',
    },
    {
      name: 'multiple containers with multiple invalid hosts',
      spec: {
        containers: [
          { name: 'valid' },
          { name: 'invalid1', livenessProbe: { httpGet: { host: 'a.com' } } },
          {
            name: 'invalid2',
            lifecycle: { preStop: { tcpSocket: { host: 'b.com' } } },
            startupProbe: { httpGet: { host: 'a.com' } },
          },
        ],
      },
      reason,
      detail: 'containers "invalid1", "invalid2" use probe or lifecycle hosts "a.com", "b.com"',
    },
    {
      name: 'invalid ipv4 host in probe',
      spec: { containers: [{ name: 'a', livenessProbe: { httpGet: { host: '8.8.8.8' } } }] },
      reason,
      detail: 'container "a" uses probe or lifecycle host "8.8.8.8"',
    },
    {
      name: 'invalid ipv6 host in probe',
      spec: {
        containers: [{ name: 'a', livenessProbe: { tcpSocket: { host: '2001:4860:4860::8888' } } }],
      },
      reason,
      detail: 'container "a" uses probe or lifecycle host "2001:4860:4860::8888"',
    },
    {
      name: 'invalid host in initcontainer',
      spec: {
        initContainers: [
          { name: 'init', livenessProbe: { httpGet: { host: 'invalid.init.host' } } },
        ],
      },
      reason,
      detail: 'container "init" uses probe or lifecycle host "invalid.init.host"',
    },
  ],
);

// TestHostProbesAndHostLifecycleEmulation, its "no emulation" row: Podcaps has no emulation
// version (upstream's NewEvaluator emulationVersion), so only the policy version decides.
describe('TestHostProbesAndHostLifecycleEmulation (no emulation)', () => {
  const startupProbeHost = {
    spec: { containers: [{ name: '', startupProbe: { httpGet: { host: 'localhost' } } }] },
  };
  it.each([
    ['latest', false],
    ['v1.34', false],
    ['v1.33', true],
  ])('baseline %s allowed=%s', (version, allowed) => {
    expect(evaluatePod(startupProbeHost, 'baseline', version).allowed).toBe(allowed);
  });
});
