// Ported from kubernetes/pod-security-admission policy/check_sysctls_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same tables as plain pod data, plus the Podcaps rows marked below.
import { sysctlsCheck } from './sysctls.ts';
import {
  runUpstreamTable,
  versionOf,
  type UpstreamCase,
} from '../../../../testing/upstreamTable.ts';

const withSysctls = (...sysctls: { name: string; value?: string }[]) => ({
  securityContext: { sysctls },
});
const forbiddenAB: UpstreamCase = {
  name: 'forbidden sysctls',
  spec: withSysctls({ name: 'a' }, { name: 'b' }),
  reason: 'forbidden sysctls',
  detail: 'a, b',
};
const notSupported = (name: string, value: string): UpstreamCase => ({
  name: `new supported sysctls not supported: ${name}`,
  spec: withSysctls({ name, value }),
  reason: 'forbidden sysctls',
  detail: name,
});
const supported = (name: string, value: string, label = `new supported sysctls: ${name}`) => ({
  name: label,
  spec: withSysctls({ name, value }),
  allowed: true as const,
});

runUpstreamTable('TestSysctls (sysctlsV1Dot0)', versionOf(sysctlsCheck, 0), [
  forbiddenAB,
  notSupported('net.ipv4.ip_local_reserved_ports', '1024-4999'),
  notSupported('net.ipv4.tcp_keepalive_time', '7200'),
  notSupported('net.ipv4.tcp_fin_timeout', '60'),
  notSupported('net.ipv4.tcp_keepalive_intvl', '75'),
  notSupported('net.ipv4.tcp_keepalive_probes', '9'),
  notSupported('net.ipv4.tcp_rmem', '4096 87380 16777216'),
  notSupported('net.ipv4.tcp_wmem', '4096 87380 16777216'),
  // Podcaps: the five of 1.0, and the 1.37 additions not yet.
  {
    name: 'the 1.0 sysctls',
    spec: withSysctls(
      { name: 'kernel.shm_rmid_forced' },
      { name: 'net.ipv4.ip_local_port_range' },
      { name: 'net.ipv4.tcp_syncookies' },
      { name: 'net.ipv4.ping_group_range' },
      { name: 'net.ipv4.ip_unprivileged_port_start' },
    ),
    allowed: true,
  },
  notSupported('net.ipv4.tcp_slow_start_after_idle', '0'),
  notSupported('net.ipv4.tcp_notsent_lowat', '16384'),
]);

runUpstreamTable('TestSysctls_1_27 (sysctlsV1Dot27)', versionOf(sysctlsCheck, 27), [
  forbiddenAB,
  supported('net.ipv4.ip_local_reserved_ports', '1024-4999', 'new supported sysctls'),
  // Podcaps: the 1.29 additions not yet.
  notSupported('net.ipv4.tcp_keepalive_time', '7200'),
]);

runUpstreamTable('TestSysctls_1_29 (sysctlsV1Dot29)', versionOf(sysctlsCheck, 29), [
  forbiddenAB,
  supported('net.ipv4.tcp_keepalive_time', '7200'),
  supported('net.ipv4.tcp_fin_timeout', '60'),
  supported('net.ipv4.tcp_keepalive_intvl', '75'),
  supported('net.ipv4.tcp_keepalive_probes', '9'),
  // Podcaps: the 1.32 additions not yet.
  notSupported('net.ipv4.tcp_rmem', '4096 87380 16777216'),
]);

runUpstreamTable('TestSysctls_1_32 (sysctlsV1Dot32)', versionOf(sysctlsCheck, 32), [
  forbiddenAB,
  supported('net.ipv4.tcp_rmem', '4096 87380 16777216'),
  supported('net.ipv4.tcp_wmem', '4096 65536 16777216'),
  // Podcaps: the 1.37 additions not yet.
  notSupported('net.ipv4.tcp_slow_start_after_idle', '0'),
]);

runUpstreamTable('TestSysctls_1_37 (sysctlsV1Dot37)', versionOf(sysctlsCheck, 37), [
  forbiddenAB,
  supported('net.ipv4.tcp_slow_start_after_idle', '0'),
  supported('net.ipv4.tcp_notsent_lowat', '16384'),
]);
