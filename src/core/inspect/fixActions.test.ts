import { describe, expect, it } from 'vitest';
import { fixActions, fixLabel } from './fixActions.ts';

const request = { add: ['NET_ADMIN', 'NET_ADMIN', 'NET_FOO'], drop: ['ALL'], privileged: false };

describe('fixActions', () => {
  it('maps each kind of fix to the form actions that carry it out', () => {
    expect(
      fixActions({ kind: 'replace-capability', list: 'add', from: 'CAP_X', to: 'X' }, request),
    ).toEqual([{ type: 'replace-capability', list: 'add', from: 'CAP_X', to: 'X' }]);
    expect(fixActions({ kind: 'remove-capability', list: 'drop', name: 'A' }, request)).toEqual([
      { type: 'replace-capability', list: 'drop', from: 'A', to: null },
    ]);
    expect(fixActions({ kind: 'add-capability', list: 'drop', name: 'ALL' }, request)).toEqual([
      { type: 'set-capability', list: 'drop', name: 'ALL', present: true },
    ]);
  });

  it('removes every entry, once per name, for remove-capabilities', () => {
    expect(fixActions({ kind: 'remove-capabilities' }, request)).toEqual([
      { type: 'replace-capability', list: 'add', from: 'NET_ADMIN', to: null },
      { type: 'replace-capability', list: 'add', from: 'NET_FOO', to: null },
      { type: 'replace-capability', list: 'drop', from: 'ALL', to: null },
    ]);
  });
});

describe('fixLabel', () => {
  it('names the edit', () => {
    expect(
      fixLabel({ kind: 'replace-capability', list: 'add', from: 'CAP_NET_ADMIN', to: 'NET_ADMIN' }),
    ).toBe('Fix: replace CAP_NET_ADMIN with NET_ADMIN');
    expect(
      fixLabel({ kind: 'replace-capability', list: 'drop', from: 'net_raw', to: 'NET_RAW' }),
    ).toBe('Fix: replace net_raw with NET_RAW in drop');
    // A misspelling's correction reads like any replacement, beside its remove fix.
    expect(
      fixLabel({ kind: 'replace-capability', list: 'add', from: 'SYS_ADMINN', to: 'SYS_ADMIN' }),
    ).toBe('Fix: replace SYS_ADMINN with SYS_ADMIN');
    expect(
      fixLabel({ kind: 'replace-capability', list: 'drop', from: 'sys_tme', to: 'SYS_TIME' }),
    ).toBe('Fix: replace sys_tme with SYS_TIME in drop');
    expect(fixLabel({ kind: 'remove-capability', list: 'add', name: 'NET_FOO' })).toBe(
      'Fix: remove NET_FOO from add',
    );
    expect(fixLabel({ kind: 'add-capability', list: 'drop', name: 'NET_RAW' })).toBe(
      'Fix: add NET_RAW to drop',
    );
    expect(fixLabel({ kind: 'remove-capabilities' })).toBe(
      'Fix: remove securityContext.capabilities',
    );
  });
});
