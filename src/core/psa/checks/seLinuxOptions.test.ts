// Ported from kubernetes/pod-security-admission policy/check_seLinuxOptions_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same table as plain pod data, plus the Podcaps rows marked below.
import { seLinuxOptionsCheck } from './seLinuxOptions.ts';
import {
  runUpstreamTable,
  versionOf,
  type UpstreamCase,
} from '../../../../testing/upstreamTable.ts';

const se = (seLinuxOptions: Record<string, string>) => ({ securityContext: { seLinuxOptions } });
const goodContainers = [
  { name: 'a', ...se({ type: 'container_t' }) },
  { name: 'b', ...se({ type: 'container_init_t' }) },
  { name: 'c', ...se({ type: 'container_kvm_t' }) },
  { name: 'd', ...se({ type: 'container_engine_t' }) },
];
const badContainers = [
  { name: 'e', ...se({ type: 'bar' }) },
  { name: 'f', ...se({ user: 'bar' }) },
  { name: 'g', ...se({ role: 'baz' }) },
];
const badPod = se({ type: 'foo', user: 'bar', role: 'baz' });

const upstream: UpstreamCase[] = [
  {
    name: 'invalid pod and containers',
    spec: { ...badPod, containers: [...goodContainers, ...badContainers] },
    reason: 'seLinuxOptions',
    detail:
      'pod and containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set',
  },
  {
    name: 'invalid pod',
    spec: { ...badPod, containers: goodContainers },
    reason: 'seLinuxOptions',
    detail:
      'pod set forbidden securityContext.seLinuxOptions: type "foo"; user may not be set; role may not be set',
  },
  {
    name: 'invalid containers',
    spec: { ...se({}), containers: [...goodContainers, ...badContainers] },
    reason: 'seLinuxOptions',
    detail:
      'containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: type "bar"; user may not be set; role may not be set',
  },
  {
    name: 'bad type',
    spec: se({ type: 'bad' }),
    reason: 'seLinuxOptions',
    detail: 'pod set forbidden securityContext.seLinuxOptions: type "bad"',
  },
  {
    name: 'bad user',
    spec: se({ user: 'bad' }),
    reason: 'seLinuxOptions',
    detail: 'pod set forbidden securityContext.seLinuxOptions: user may not be set',
  },
  {
    name: 'bad role',
    spec: se({ role: 'bad' }),
    reason: 'seLinuxOptions',
    detail: 'pod set forbidden securityContext.seLinuxOptions: role may not be set',
  },
];

runUpstreamTable('TestSELinuxOptions (seLinuxOptions1_31)', versionOf(seLinuxOptionsCheck, 31), [
  ...upstream,
  // Podcaps: container_engine_t alone is allowed from 1.31.
  { name: 'container_engine_t', spec: { containers: goodContainers }, allowed: true },
]);

// Podcaps: before 1.31 container_engine_t is one more forbidden type.
runUpstreamTable('seLinuxOptions1_0', versionOf(seLinuxOptionsCheck, 0), [
  {
    name: 'container_engine_t',
    spec: { containers: goodContainers },
    reason: 'seLinuxOptions',
    detail: 'container "d" set forbidden securityContext.seLinuxOptions: type "container_engine_t"',
  },
  {
    name: 'invalid pod and containers',
    spec: { ...badPod, containers: [...goodContainers, ...badContainers] },
    reason: 'seLinuxOptions',
    detail:
      'pod and containers "d", "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "container_engine_t", "foo"; user may not be set; role may not be set',
  },
]);
