import { describe, expect, it } from 'vitest';
import { CAPABILITIES, capabilityByName } from '../capabilityCatalog.ts';
import { maskToNames } from '../capmask.ts';
import { RUNTIMES } from '../runtimes/runtimeTable.ts';
import { BREAKS_WITHOUT, breaksWithout } from './breaksWithout.ts';
import { DANGEROUS_CAPABILITIES, dangerReason } from './dangerous.ts';
import { spellingOf } from './spelling.ts';

describe('DANGEROUS_CAPABILITIES', () => {
  it('holds every capability the catalog rates high or critical, and the ones the issue names', () => {
    const rated = CAPABILITIES.filter((c) => c.risk === 'high' || c.risk === 'critical').map(
      (c) => c.name,
    );
    const named = [
      'SYS_ADMIN',
      'SYS_MODULE',
      'SYS_PTRACE',
      'SYS_RAWIO',
      'NET_ADMIN',
      'BPF',
      'PERFMON',
    ];
    const more = [
      'DAC_READ_SEARCH',
      'SYS_BOOT',
      'SYS_TIME',
      'MAC_ADMIN',
      'MAC_OVERRIDE',
      'LINUX_IMMUTABLE',
    ];
    for (const name of [...rated, ...named, ...more]) expect(dangerReason(name), name).toBeTruthy();
  });
  it('lists only real capabilities, none of the runtime defaults, each with a reason', () => {
    for (const [name, reason] of Object.entries(DANGEROUS_CAPABILITIES)) {
      expect(capabilityByName(name), name).toMatchObject({ name });
      expect(reason.length).toBeGreaterThan(20);
    }
    expect(dangerReason('CHOWN')).toBeUndefined();
    expect(dangerReason('toString')).toBeUndefined();
  });
});

describe('BREAKS_WITHOUT', () => {
  it('covers exactly the union of every runtime default', () => {
    const defaults = new Set(Object.values(RUNTIMES).flatMap((r) => maskToNames(r.defaults)));
    expect(new Set(Object.keys(BREAKS_WITHOUT))).toEqual(defaults);
  });
  it('names the everyday tools that break', () => {
    expect(breaksWithout('NET_RAW')).toContain('ping');
    expect(breaksWithout('SETUID')).toContain('gosu');
    expect(breaksWithout('NET_BIND_SERVICE')).toContain('below 1024');
    expect(breaksWithout('SYS_ADMIN')).toBeUndefined();
  });
});

describe('spellingOf', () => {
  it.each([
    ['NET_ADMIN', { canonical: 'NET_ADMIN', prefixed: false, notUppercase: false }],
    ['net_admin', { canonical: 'NET_ADMIN', prefixed: false, notUppercase: true }],
    ['CAP_NET_ADMIN', { canonical: 'NET_ADMIN', prefixed: true, notUppercase: false }],
    ['Cap_net_admin', { canonical: 'NET_ADMIN', prefixed: true, notUppercase: true }],
    ['All', { canonical: 'ALL', prefixed: false, notUppercase: true }],
    ['CAP_ALL', { canonical: undefined, prefixed: true, notUppercase: false }],
    ['NET_ADMINS', { canonical: undefined, prefixed: false, notUppercase: false }],
    ['12', { canonical: undefined, prefixed: false, notUppercase: false }],
  ])('%s', (name, expected) => {
    expect(spellingOf(name)).toEqual(expected);
  });
});
