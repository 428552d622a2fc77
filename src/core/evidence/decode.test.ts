import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  formatDecode,
  formatStatusDecode,
  parseHexMask,
  parseStatusCaps,
} from './decode.ts';

describe('formatDecode', () => {
  it('prints the containerd/Docker default mask as capsh does', () => {
    expect(formatDecode(0xa80425fbn)).toBe(
      '0x00000000a80425fb=cap_chown,cap_dac_override,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,cap_net_bind_service,cap_net_raw,cap_sys_chroot,cap_mknod,cap_audit_write,cap_setfcap',
    );
  });

  it('prints nothing after = for 0 and numbers above cap_checkpoint_restore (40)', () => {
    expect(formatDecode(0n)).toBe('0x0000000000000000=');
    expect(formatDecode((1n << 41n) | (1n << 63n) | 1n)).toBe('0x8000020000000001=cap_chown,41,63');
  });
});

describe('parseHexMask', () => {
  it('takes an optional 0x and upper or lower case', () => {
    expect(parseHexMask('0xA80425FB')).toBe(0xa80425fbn);
    expect(parseHexMask(' 00000000a80425fb ')).toBe(0xa80425fbn);
  });

  it.each(['', '0x', 'a8g4', '-1', '12345678901234567', 'cap_chown'])(
    'refuses %j in one line',
    (text) => {
      expect(() => parseHexMask(text)).toThrow(DecodeError);
      expect(() => parseHexMask(text)).toThrow(/^not a hexadecimal capability mask: .*\n?$/);
    },
  );
});

const STATUS = `Name:\tcapsh
Umask:\t0022
State:\tR (running)
Uid:\t0\t0\t0\t0
Gid:\t0\t0\t0\t0
Groups:\t0
NoNewPrivs:\t0
CapInh:\t0000000000000000
CapPrm:\t00000000a80425fb
CapEff:\t00000000a80425fb
CapBnd:\t00000000a80425fb
CapAmb:\t0000000000000000
Seccomp:\t2
`;

describe('status decoding', () => {
  it('decodes every Cap* field in order, one line each, starting with the field', () => {
    const lines = formatStatusDecode(STATUS);
    expect(lines.map((l) => l.split('\t')[0])).toEqual([
      'CapInh:',
      'CapPrm:',
      'CapEff:',
      'CapBnd:',
      'CapAmb:',
    ]);
    expect(lines[0]).toBe('CapInh:\t0x0000000000000000=');
    expect(lines[2]).toBe(`CapEff:\t${formatDecode(0xa80425fbn)}`);
  });

  it('refuses a text without Cap* lines and a field that is not hex', () => {
    expect(() => parseStatusCaps('Name:\tbash\n')).toThrow(/^no Cap\* line found/);
    expect(() => parseStatusCaps('CapEff:\t00000000a80425fz\n')).toThrow(
      /^CapEff: not a hexadecimal capability mask/,
    );
  });
});
