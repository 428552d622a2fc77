import type { NodePath } from '../../model.ts';
import { fail, type PsaCheck } from '../checkDefinition.ts';
import { list, podSecurityContext, record, text } from '../podData.ts';

// The namespaced sysctls that are isolated per pod; the allowed list has grown with the versions.
const SYSCTLS_1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const SYSCTLS_1_27 = [...SYSCTLS_1_0, 'net.ipv4.ip_local_reserved_ports'];
const SYSCTLS_1_29 = [
  ...SYSCTLS_1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
const SYSCTLS_1_32 = [...SYSCTLS_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const SYSCTLS_1_37 = [
  ...SYSCTLS_1_32,
  'net.ipv4.tcp_slow_start_after_idle',
  'net.ipv4.tcp_notsent_lowat',
];

function allowOnly(allowedNames: readonly string[]) {
  const allowed = new Set(allowedNames);
  return (_metadata: unknown, spec: Readonly<Record<string, unknown>>) => {
    const forbidden: string[] = [];
    const paths: NodePath[] = [];
    list(podSecurityContext(spec)?.['sysctls']).forEach((item, index) => {
      const name = text(record(item)?.['name']);
      if (allowed.has(name)) return;
      forbidden.push(name);
      paths.push(['securityContext', 'sysctls', index]);
    });
    if (forbidden.length === 0) return undefined;
    return fail('forbidden sysctls', forbidden.join(', '), paths);
  };
}

/** Only the safe, pod-isolated sysctls (baseline, 1.0+, list extended in 1.27, 1.29, 1.32, 1.37). */
export const sysctlsCheck: PsaCheck = {
  id: 'sysctls',
  level: 'baseline',
  versions: [
    { minimumVersion: 0, checkPod: allowOnly(SYSCTLS_1_0) },
    { minimumVersion: 27, checkPod: allowOnly(SYSCTLS_1_27) },
    { minimumVersion: 29, checkPod: allowOnly(SYSCTLS_1_29) },
    { minimumVersion: 32, checkPod: allowOnly(SYSCTLS_1_32) },
    { minimumVersion: 37, checkPod: allowOnly(SYSCTLS_1_37) },
  ],
};
