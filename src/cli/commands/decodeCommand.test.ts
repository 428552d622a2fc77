import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { podcaps, tempFiles } from '../../../testing/cliRun.ts';

// scripts/ensure-capsh.sh (a step of scripts/test.sh) installs Debian's libcap2-bin when missing.
const CAPSH = process.env.CAPSH_PATH ?? '/usr/sbin/capsh';
const haveCapsh = existsSync(CAPSH);
if (!haveCapsh) {
  console.warn(`${CAPSH} is missing: run scripts/ensure-capsh.sh (apt-get install libcap2-bin)`);
}

const { file } = tempFiles('podcaps-decode-');

describe('podcaps decode', () => {
  it('prints one capsh --decode line per mask', async () => {
    expect(await podcaps(['decode', '5fb', '0x0'])).toEqual({
      code: 0,
      stdout:
        '0x00000000000005fb=cap_chown,cap_dac_override,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,cap_net_bind_service\n0x0000000000000000=\n',
      stderr: '',
    });
  });

  it('decodes the Cap* fields of a /proc/PID/status file and of stdin', async () => {
    const status = 'Name:\tsh\nCapInh:\t0000000000000000\nCapEff:\t0000000000000400\n';
    const expected = {
      code: 0,
      stdout: 'CapInh:\t0x0000000000000000=\nCapEff:\t0x0000000000000400=cap_net_bind_service\n',
      stderr: '',
    };
    expect(await podcaps(['decode', '--status', file('status', status)])).toEqual(expected);
    expect(await podcaps(['decode', '--status', '-'], status)).toEqual(expected);
  });

  it('exits 2 with one line for a non-hex digit, nothing printed', async () => {
    expect(await podcaps(['decode', '5fb', 'a8g4'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'podcaps decode: not a hexadecimal capability mask: "a8g4" (expected up to 16 hex digits, e.g. 00000000a80425fb)\n',
    });
  });

  it('exits 2 for a status text without Cap* lines, and for no argument', async () => {
    const r = await podcaps(['decode', '--status', '-'], 'Name:\tsh\n');
    expect([r.code, r.stdout, r.stderr.split('\n').length]).toEqual([2, '', 2]);
    expect(r.stderr).toMatch(/^podcaps decode: no Cap\* line found/);
    expect((await podcaps(['decode'])).code).toBe(2);
  });
});

describe('podcaps decode against the real capsh', () => {
  it.skipIf(!haveCapsh)(
    `prints byte for byte what ${CAPSH} --decode prints, on 600 random masks`,
    async () => {
      const masks = fc.sample(
        fc.oneof(
          fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
          fc.bigInt({ min: 0n, max: (1n << 41n) - 1n }),
          fc.bigInt({ min: 0n, max: 0xffffn }),
        ),
        { numRuns: 600, seed: 12 },
      );
      masks.push(0n, (1n << 64n) - 1n, (1n << 41n) - 1n, 1n << 40n, 1n << 41n);
      // Mixed spellings, as users paste them: bare, 0x-prefixed, upper case, zero-padded.
      const hex = masks.map(
        (m, i) =>
          [
            m.toString(16),
            `0x${m.toString(16)}`,
            m.toString(16).toUpperCase(),
            m.toString(16).padStart(16, '0'),
          ][i % 4]!,
      );
      // One capsh run decodes every mask: it handles each --decode argument in turn.
      const real = execFileSync(
        CAPSH,
        hex.map((h) => `--decode=${h}`),
        { encoding: 'utf8' },
      );
      const ours = await podcaps(['decode', ...hex]);
      expect([ours.code, ours.stderr]).toEqual([0, '']);
      expect(ours.stdout.split('\n').length).toBe(masks.length + 1);
      expect(ours.stdout).toBe(real);
    },
  );
});
