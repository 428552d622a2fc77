import { describe, expect, it } from 'vitest';
import { FULL_MASK, bit, namesToMask } from './capmask.ts';
import { formatCapsh } from './capsh.ts';
import type { ProcessState } from './model.ts';
import { replaceOnce } from '../../testing/replaceOnce.ts';

const ROOT = { id: 0, name: 'root' };
const ALL_NAMES =
  'cap_chown,cap_dac_override,cap_dac_read_search,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,cap_linux_immutable,cap_net_bind_service,cap_net_broadcast,cap_net_admin,cap_net_raw,cap_ipc_lock,cap_ipc_owner,cap_sys_module,cap_sys_rawio,cap_sys_chroot,cap_sys_ptrace,cap_sys_pacct,cap_sys_admin,cap_sys_boot,cap_sys_nice,cap_sys_resource,cap_sys_time,cap_sys_tty_config,cap_mknod,cap_lease,cap_audit_write,cap_audit_control,cap_setfcap,cap_mac_override,cap_mac_admin,cap_syslog,cap_wake_alarm,cap_block_suspend,cap_audit_read,cap_perfmon,cap_bpf,cap_checkpoint_restore';

function state(partial: Partial<ProcessState>): ProcessState {
  return {
    bounding: 0n,
    effective: 0n,
    permitted: 0n,
    inheritable: 0n,
    ambient: 0n,
    uid: ROOT,
    gid: ROOT,
    groups: [ROOT],
    noNewPrivs: false,
    lastCap: 40,
    ...partial,
  };
}

const TAIL = ` secure-noroot: no (unlocked)
 secure-no-suid-fixup: no (unlocked)
 secure-keep-caps: no (unlocked)
 secure-no-ambient-raise: no (unlocked)
`;

describe('formatCapsh', () => {
  it('prints an empty state', () => {
    expect(
      formatCapsh(
        state({
          bounding: FULL_MASK,
          uid: { id: 1001, name: '???' },
          noNewPrivs: true,
        }),
      ),
    ).toBe(`Current: =
Bounding set =${ALL_NAMES}
Ambient set =
Current IAB: 
Securebits: 00/0x0/1'b0 (no-new-privs=1)
${TAIL}uid=1001(???) euid=1001(???)
gid=0(root)
groups=0(root)
Guessed mode: HYBRID (4)
`);
  });

  it('prints a full state with every set, ambient included', () => {
    const full = FULL_MASK;
    const iab = ALL_NAMES.split(',')
      .map((n) => `^${n}`)
      .join(',');
    expect(
      formatCapsh(
        state({
          bounding: full,
          effective: full,
          permitted: full,
          inheritable: full,
          ambient: full,
        }),
      ),
    ).toBe(`Current: =eip
Bounding set =${ALL_NAMES}
Ambient set =${ALL_NAMES}
Current IAB: ${iab}
Securebits: 00/0x0/1'b0 (no-new-privs=0)
${TAIL}uid=0(root) euid=0(root)
gid=0(root)
groups=0(root)
Guessed mode: HYBRID (4)
`);
  });

  it('prints all but one, with groups', () => {
    const m = FULL_MASK & ~bit(21);
    expect(
      formatCapsh(
        state({
          bounding: m,
          effective: m,
          permitted: m,
          gid: { id: 2000, name: '???' },
          groups: [
            { id: 33, name: 'www-data' },
            { id: 2000, name: '???' },
          ],
        }),
      ),
    ).toBe(`Current: =ep cap_sys_admin-ep
Bounding set =${replaceOnce(ALL_NAMES, 'cap_sys_admin,', '')}
Ambient set =
Current IAB: !cap_sys_admin
Securebits: 00/0x0/1'b0 (no-new-privs=0)
${TAIL}uid=0(root) euid=0(root)
gid=2000(???)
groups=33(www-data),2000(???)
Guessed mode: HYBRID (4)
`);
  });

  it('prints mixed effective, inheritable and permitted sets', () => {
    const bounding = namesToMask(['CHOWN', 'KILL', 'NET_ADMIN']);
    expect(
      formatCapsh(
        state({
          bounding,
          effective: namesToMask(['CHOWN']),
          permitted: namesToMask(['CHOWN', 'KILL']),
          inheritable: namesToMask(['KILL', 'NET_ADMIN']),
        }),
      ),
    ).toBe(`Current: cap_kill=ip cap_net_admin+i cap_chown+ep
Bounding set =cap_chown,cap_kill,cap_net_admin
Ambient set =
Current IAB: !cap_dac_override,!cap_dac_read_search,!cap_fowner,!cap_fsetid,cap_kill,!cap_setgid,!cap_setuid,!cap_setpcap,!cap_linux_immutable,!cap_net_bind_service,!cap_net_broadcast,cap_net_admin,!cap_net_raw,!cap_ipc_lock,!cap_ipc_owner,!cap_sys_module,!cap_sys_rawio,!cap_sys_chroot,!cap_sys_ptrace,!cap_sys_pacct,!cap_sys_admin,!cap_sys_boot,!cap_sys_nice,!cap_sys_resource,!cap_sys_time,!cap_sys_tty_config,!cap_mknod,!cap_lease,!cap_audit_write,!cap_audit_control,!cap_setfcap,!cap_mac_override,!cap_mac_admin,!cap_syslog,!cap_wake_alarm,!cap_block_suspend,!cap_audit_read,!cap_perfmon,!cap_bpf,!cap_checkpoint_restore
Securebits: 00/0x0/1'b0 (no-new-privs=0)
${TAIL}uid=0(root) euid=0(root)
gid=0(root)
groups=0(root)
Guessed mode: HYBRID (4)
`);
  });
});
