import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../capabilityCatalog.ts';
import { closestCapability } from './closestCapability.ts';
import { spellingOf } from './spelling.ts';

function expectClosest(cases: Readonly<Record<string, string | undefined>>) {
  const actual = Object.fromEntries(Object.keys(cases).map((n) => [n, closestCapability(n)]));
  expect(actual).toEqual(cases);
}

/** Every name one insertion, deletion, substitution (A–Z, `_`) or adjacent swap away from `name`. */
function singleEdits(name: string): Set<string> {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_';
  const out = new Set<string>();
  for (let i = 0; i <= name.length; i++) {
    const [head, rest] = [name.slice(0, i), name.slice(i)];
    if (rest) out.add(head + rest.slice(1));
    if (rest.length > 1) out.add(head + rest.charAt(1) + rest.charAt(0) + rest.slice(2));
    for (const c of alphabet) {
      out.add(head + c + rest);
      if (rest) out.add(head + c + rest.slice(1));
    }
  }
  out.delete(name);
  return out;
}

describe('closestCapability', () => {
  it('names the capability of the usual typos', () => {
    expectClosest({
      SYS_ADMINN: 'SYS_ADMIN',
      NET_ADMN: 'NET_ADMIN',
      CAP_SYS_ADMN: 'SYS_ADMIN',
      sys_tme: 'SYS_TIME',
      NETADMNI: 'NET_ADMIN',
      AUDIT_CONTORL: 'AUDIT_CONTROL',
      CHECKPOINT_RESTOR: 'CHECKPOINT_RESTORE',
      KILLL: 'KILL',
      BPFF: 'BPF',
    });
  });

  it('treats -, a space and a missing _ as _, and ignores case and a CAP prefix however joined', () => {
    expectClosest({
      NETADMIN: 'NET_ADMIN',
      'NET-ADMIN': 'NET_ADMIN',
      'net admin': 'NET_ADMIN',
      CHECKPOINTRESTORE: 'CHECKPOINT_RESTORE',
      'CAP-SYS-ADMIN': 'SYS_ADMIN',
      CAPSYSADMIN: 'SYS_ADMIN',
      'cap sys_admin': 'SYS_ADMIN',
      SYS_LOG: 'SYSLOG',
      IPC_LOCK_: 'IPC_LOCK',
    });
  });

  it('counts a swap of two adjacent letters as one edit (Levenshtein would count two)', () => {
    expectClosest({ PREFMON: 'PERFMON', SYS_NCIE: 'SYS_NICE', AUDIT_RAED: 'AUDIT_READ' });
  });

  it('gives nothing for names unrelated to any capability', () => {
    expectClosest({
      NET_FOO: undefined,
      FOO: undefined,
      NET_BAR: undefined,
      MADE_UP: undefined,
      '': undefined,
      CAP_: undefined,
      '-': undefined,
      '1': undefined,
      true: undefined,
      NET_SYSADMIN: undefined,
      CAP_CAP_NET_ADMIN: undefined,
    });
  });

  it('never answers for a name spellingOf already reads: every capability and ALL, in every spelling', () => {
    const spellings = CAPABILITIES.flatMap(({ name }) => [
      name,
      name.toLowerCase(),
      `CAP_${name}`,
      `cap_${name.toLowerCase()}`,
      `Cap_${name}`,
    ]);
    for (const name of [...spellings, 'ALL', 'all', 'All']) {
      expect({ name, closest: closestCapability(name) }).toEqual({ name, closest: undefined });
    }
  });

  it('lets ALL compete but never suggests it, nor a capability as near to ALL', () => {
    expectClosest({
      AL: undefined, // one edit from ALL only
      CAP_ALL: undefined, // ALL once the prefix goes, which no runtime does
      ALLL: undefined, // one edit from ALL and from KILL
      KALL: undefined,
      KLL: undefined,
    });
  });

  it('gives nothing when two capabilities are equally close', () => {
    expectClosest({
      SET_ID: undefined, // SETUID, SETGID
      SETXID: undefined,
      SYS_TICE: undefined, // SYS_NICE, SYS_TIME
      XAC_OVERRIDE: undefined, // DAC_OVERRIDE, MAC_OVERRIDE
      SETCAP: undefined, // SETPCAP, SETFCAP
      SEY_ADMIN: undefined, // two edits from NET_ADMIN and from SYS_ADMIN
    });
    // One edit nearer one side, the tie is broken.
    expectClosest({ SETUXID: 'SETUID', SYY_ADMIN: 'SYS_ADMIN' });
  });

  it('allows one edit up to 7 letters and two beyond, not counting separators or the prefix', () => {
    expectClosest({
      SYS_ADMN: 'SYS_ADMIN', // 7 letters, 1 edit
      SYS_ADMX: undefined, // 7 letters, 2 edits
      CAP_SYS_ADMX: undefined, // still 7 letters
      SYS_ADM: undefined, // 6 letters, 2 edits
      SYS_XXMIN: 'SYS_ADMIN', // 8 letters, 2 edits
      SYS_ADMINXX: 'SYS_ADMIN', // 10 letters, 2 edits
      SYS_XXXIN: undefined, // 8 letters, 3 edits
      SYS_ADMINXXX: undefined, // 11 letters, 3 edits
      BF: 'BPF', // 2 letters, 1 edit
      B: undefined, // 1 letter, 2 edits
    });
  });

  it('never turns one typo in a capability into another capability', () => {
    let variants = 0;
    let answered = 0;
    for (const { name } of CAPABILITIES) {
      for (const typo of singleEdits(name)) {
        const closest = closestCapability(typo);
        variants++;
        if (closest !== undefined) answered++;
        // undefined: a tie, or the typo is itself a name (SETUID -> SETGID) that spellingOf reads.
        if (closest !== name && closest !== undefined) {
          expect({ typo, closest }).toEqual({ typo, closest: name });
        }
      }
    }
    // Ties and typos that are real names are rare: nearly every single typo is corrected.
    expect(answered / variants).toBeGreaterThan(0.98);
  });

  it('is a capability name whenever it answers, and reads a long pasted value at once', () => {
    const names = new Set(CAPABILITIES.map((c) => c.name));
    for (const typo of ['SYS_ADMINN', 'NETADMIN', 'sys_tme']) {
      const closest = closestCapability(typo);
      expect(closest !== undefined && names.has(closest)).toBe(true);
      expect(spellingOf(typo).canonical).toBeUndefined();
    }
    const started = performance.now();
    expect(closestCapability('SYS_ADMIN'.repeat(100_000))).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(100);
  });
});
