import { describe, expect, it } from 'vitest';
import {
  CAPABILITIES,
  CAP_LAST_CAP,
  capabilityByName,
  capabilityByNumber,
} from './capabilityCatalog.ts';

describe('capability catalog', () => {
  it('holds 0..40 in number order with consistent spellings', () => {
    expect(CAPABILITIES).toHaveLength(CAP_LAST_CAP + 1);
    CAPABILITIES.forEach((c, n) => {
      expect(c.number).toBe(n);
      expect(c.capName).toBe(`cap_${c.name.toLowerCase()}`);
      expect(c.summary.length).toBeGreaterThan(10);
      expect(c.since).toMatch(/^\d+\.\d+(\.\d+)?$/);
    });
  });

  it('places landmark capabilities at their kernel numbers', () => {
    expect(capabilityByName('CHOWN')?.number).toBe(0);
    expect(capabilityByName('NET_ADMIN')?.number).toBe(12);
    expect(capabilityByName('SYS_ADMIN')?.number).toBe(21);
    expect(capabilityByName('SETFCAP')?.since).toBe('2.6.24');
    expect(capabilityByNumber(40)?.name).toBe('CHECKPOINT_RESTORE');
    expect(capabilityByNumber(41)).toBeUndefined();
  });

  it('matches names exactly, leaving case and prefix to the runtimes', () => {
    expect(capabilityByName('net_admin')).toBeUndefined();
    expect(capabilityByName('CAP_NET_ADMIN')).toBeUndefined();
  });

  it('rates the known escape routes critical and the runtime defaults low', () => {
    for (const name of ['SYS_ADMIN', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_PTRACE', 'BPF']) {
      expect(capabilityByName(name)?.risk).toBe('critical');
    }
    for (const name of ['CHOWN', 'KILL', 'NET_BIND_SERVICE', 'AUDIT_WRITE']) {
      expect(capabilityByName(name)?.risk).toBe('low');
    }
  });
});
