/**
 * What a real container printed: `capsh --print` (every line, as libcap 2.66 and older print it)
 * or `/proc/PID/status` (every Cap* field, Uid, Gid, Groups, NoNewPrivs; proc(5)).
 */
import { CAPABILITIES, capabilityByNumber } from '../capabilityCatalog.ts';
import { bit, FULL_MASK } from '../capmask.ts';
import { maskUpTo } from '../node/kernel.ts';
import type { CapMask } from '../model.ts';
import { DecodeError, parseHexMask } from './decode.ts';

/** The state the real container showed; a field is undefined when the text did not say. */
export interface ObservedState {
  readonly source: 'capsh' | 'status';
  readonly effective?: CapMask;
  readonly permitted?: CapMask;
  readonly inheritable?: CapMask;
  readonly bounding?: CapMask;
  readonly ambient?: CapMask;
  readonly uid?: number;
  readonly gid?: number;
  readonly groups?: readonly number[];
  readonly noNewPrivs?: boolean;
}

/** Text that is neither capsh --print nor /proc/PID/status; the message is one line. */
export class EvidenceError extends Error {}

const BY_NAME = new Map(CAPABILITIES.map((c) => [c.capName, c.number]));

function capNumber(name: string): number {
  const n = /^\d+$/.test(name) ? Number(name) : BY_NAME.get(name.toLowerCase());
  if (n === undefined || !capabilityByNumber(n)) {
    throw new EvidenceError(`unknown capability name in the pasted text: ${JSON.stringify(name)}`);
  }
  return n;
}

function namesMask(list: string): CapMask {
  let mask = 0n;
  for (const name of list.split(',').map((s) => s.trim())) {
    if (name !== '') mask |= bit(capNumber(name));
  }
  return mask;
}

/**
 * libcap's `cap_from_text` for the `Current:` line: clauses like `=ep`, `cap_chown,cap_kill=ep`,
 * `= cap_chown+ep` (older capsh) or `=ep cap_sys_admin-ep`; no names before an operator means all.
 */
export function parseCapText(text: string): { e: CapMask; i: CapMask; p: CapMask } {
  const sets = { e: 0n, i: 0n, p: 0n };
  for (const clause of text.trim().split(/\s+/).filter(Boolean)) {
    const m = /^([^=+-]*)((?:[=+-][eipEIP]*)+)$/.exec(clause);
    if (!m) throw new EvidenceError(`cannot read the capability text ${JSON.stringify(clause)}`);
    const names = m[1]!;
    const mask = names === '' || names.toLowerCase() === 'all' ? FULL_MASK : namesMask(names);
    for (const [, op, flags] of m[2]!.matchAll(/([=+-])([eipEIP]*)/g)) {
      if (op === '=') {
        sets.e &= ~mask;
        sets.i &= ~mask;
        sets.p &= ~mask;
      }
      for (const f of flags!.toLowerCase() as Iterable<'e' | 'i' | 'p'>) {
        if (op === '-') sets[f] &= ~mask;
        else sets[f] |= mask;
      }
    }
  }
  return sets;
}

function ids(list: string): number[] {
  return [...list.matchAll(/(\d+)(?:\([^)]*\))?/g)].map((m) => Number(m[1]));
}

function readCapsh(lines: readonly string[]): ObservedState {
  const out: { -readonly [K in keyof ObservedState]: ObservedState[K] } = { source: 'capsh' };
  // capsh names every capability the kernel has either in the bounding set or, with "!", in the
  // IAB text (display_prctl_set, cap_iab_to_text stop at the kernel's last one): the highest
  // named is the kernel's cap_last_cap, which a bare "=ep" in the Current line stops at too.
  let named = 0n;
  for (const line of lines) {
    const m = /^(?:Bounding set\s*=|Current IAB:)(.*)$/.exec(line);
    if (m) named |= namesMask(m[1]!.replace(/[!^%]/g, ''));
  }
  const kernel = named === 0n ? FULL_MASK : maskUpTo(named.toString(2).length - 1);
  for (const line of lines) {
    let m: RegExpExecArray | null;
    if ((m = /^Current:\s*(.*)$/.exec(line))) {
      const { e, i, p } = parseCapText(m[1]!);
      Object.assign(out, { effective: e & kernel, inheritable: i & kernel, permitted: p & kernel });
    } else if ((m = /^Bounding set\s*=(.*)$/.exec(line))) out.bounding = namesMask(m[1]!);
    else if ((m = /^Ambient set\s*=(.*)$/.exec(line))) out.ambient = namesMask(m[1]!);
    else if ((m = /no-new-privs=([01])/.exec(line))) out.noNewPrivs = m[1] === '1';
    else if ((m = /^uid=(\d+)/.exec(line))) out.uid = Number(m[1]);
    else if ((m = /^gid=(\d+)/.exec(line))) out.gid = Number(m[1]);
    else if ((m = /^groups=(.*)$/.exec(line))) out.groups = ids(m[1]!).sort((a, b) => a - b);
  }
  return out;
}

const STATUS_FIELDS = {
  CapInh: 'inheritable',
  CapPrm: 'permitted',
  CapEff: 'effective',
  CapBnd: 'bounding',
  CapAmb: 'ambient',
} as const;

function readStatus(lines: readonly string[]): ObservedState {
  const out: { -readonly [K in keyof ObservedState]: ObservedState[K] } = { source: 'status' };
  for (const line of lines) {
    const m = /^(\w+):\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (Object.hasOwn(STATUS_FIELDS, key)) {
      try {
        out[STATUS_FIELDS[key as keyof typeof STATUS_FIELDS]] = parseHexMask(value);
      } catch (error) {
        if (error instanceof DecodeError) throw new EvidenceError(`${key}: ${error.message}`);
        throw error;
      }
    } else if (key === 'Uid') out.uid = ids(value)[0];
    else if (key === 'Gid') out.gid = ids(value)[0];
    else if (key === 'Groups') out.groups = ids(value).sort((a, b) => a - b);
    else if (key === 'NoNewPrivs') out.noNewPrivs = value === '1';
  }
  return out;
}

/**
 * Reads pasted `capsh --print` or `/proc/PID/status` text. Throws EvidenceError when it is neither.
 */
export function parseContainerOutput(text: string): ObservedState {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^\s+(?=Cap|Current|Bounding)/, ''));
  if (lines.some((l) => /^(Current:|Bounding set\s*=)/.test(l))) return readCapsh(lines);
  if (lines.some((l) => /^Cap(Inh|Prm|Eff|Bnd|Amb):/.test(l))) return readStatus(lines);
  throw new EvidenceError(
    'not capsh --print output nor /proc/PID/status (expected a "Current:" line or CapEff: and the other Cap* lines)',
  );
}
