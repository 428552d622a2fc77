import { describe, expect, it } from 'vitest';
import { FULL_MASK, bit, namesToMask } from './capmask.ts';
import { capToText, iabToText } from './captext.ts';

const SYS_ADMIN = bit(21);

describe('capToText (libcap cap_to_text)', () => {
  it('writes "=" for nothing and "=ep" for everything', () => {
    expect(capToText(0n, 0n, 0n)).toBe('=');
    expect(capToText(FULL_MASK, 0n, FULL_MASK)).toBe('=ep');
    expect(capToText(FULL_MASK, FULL_MASK, FULL_MASK)).toBe('=eip');
  });

  it('lowers the odd one out of a full base', () => {
    const m = FULL_MASK & ~SYS_ADMIN;
    expect(capToText(m, 0n, m)).toBe('=ep cap_sys_admin-ep');
  });

  it('shortens an empty base to names=flags', () => {
    const m = namesToMask(['KILL', 'CHOWN']);
    expect(capToText(m, 0n, m)).toBe('cap_chown,cap_kill=ep');
  });

  it('orders groups from combination 7 down and writes raised and lowered flags', () => {
    const e = namesToMask(['CHOWN']);
    const p = namesToMask(['CHOWN', 'KILL']);
    const i = namesToMask(['KILL', 'NET_ADMIN']);
    expect(capToText(e, i, p)).toBe('cap_kill=ip cap_net_admin+i cap_chown+ep');
    const ep = FULL_MASK & ~SYS_ADMIN;
    expect(capToText(ep, SYS_ADMIN, ep)).toBe('=ep cap_sys_admin+i-ep');
  });

  it('breaks a tie towards the lower combination', () => {
    // 20 capabilities with ep (3), 20 with nothing (0), one inheritable (4): 0 and 3 tie, 0 wins.
    const low20 = (1n << 20n) - 1n;
    expect(capToText(low20, bit(40), low20)).toBe(
      'cap_checkpoint_restore=i cap_chown,cap_dac_override,cap_dac_read_search,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,cap_linux_immutable,cap_net_bind_service,cap_net_broadcast,cap_net_admin,cap_net_raw,cap_ipc_lock,cap_ipc_owner,cap_sys_module,cap_sys_rawio,cap_sys_chroot,cap_sys_ptrace+ep',
    );
    // One more with ep and it becomes the base.
    const low21 = (1n << 21n) - 1n;
    expect(capToText(low21, 0n, low21)).toMatch(/^=ep cap_sys_admin,.*,cap_checkpoint_restore-ep$/);
  });
});

describe('iabToText (libcap cap_iab_to_text)', () => {
  it('is empty with a full bounding set and nothing inheritable', () => {
    expect(iabToText(0n, 0n, FULL_MASK)).toBe('');
  });

  it('marks dropped, ambient and inheritable-but-dropped capabilities', () => {
    const bounding = FULL_MASK & ~bit(0) & ~bit(1) & ~bit(2);
    expect(iabToText(bit(1) | bit(5), bit(2) | bit(6), bounding)).toBe(
      '!cap_chown,!%cap_dac_override,!^cap_dac_read_search,cap_kill,^cap_setgid',
    );
  });
});
