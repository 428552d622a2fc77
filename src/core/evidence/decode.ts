/**
 * `capsh --decode=HEX` and the `Cap*` fields of `/proc/PID/status`, as text (RUNTIME-SEMANTICS §17).
 */
import { capabilityByNumber } from '../capabilityCatalog.ts';

/** Why a hex mask could not be read; the message is one line, ready for stderr or an alert. */
export class DecodeError extends Error {}

const HEX = /^(?:0[xX])?([0-9a-fA-F]{1,16})$/;

/**
 * Reads a capability mask written in hexadecimal, with or without `0x`, at most 64 bits.
 * capsh itself reads it with `strtoull(…, 16)` and silently takes `0` for garbage; we refuse
 * instead, because a mistyped mask decoded as "no capabilities" misleads more than an error.
 */
export function parseHexMask(text: string): bigint {
  const m = HEX.exec(text.trim());
  if (!m) {
    throw new DecodeError(
      `not a hexadecimal capability mask: ${JSON.stringify(text)} (expected up to 16 hex digits, e.g. 00000000a80425fb)`,
    );
  }
  return BigInt(`0x${m[1]!}`);
}

/** The libcap name of capability `n` (`cap_net_admin`), or its number when libcap knows no name. */
function capName(n: number): string {
  return capabilityByNumber(n)?.capName ?? String(n);
}

/**
 * Exactly the line `capsh --decode=HEX` prints, without the newline: libcap progs/capsh.c prints
 * `0x%016llx=` and then, for every set bit up to the highest one, `cap_to_name(bit)` joined by
 * commas; cap_to_name gives the bare number for bits above the last name it knows.
 */
export function formatDecode(mask: bigint): string {
  const names: string[] = [];
  for (let n = 0; n < 64 && mask >> BigInt(n) !== 0n; n++) {
    if ((mask >> BigInt(n)) & 1n) names.push(capName(n));
  }
  return `0x${mask.toString(16).padStart(16, '0')}=${names.join(',')}`;
}

/** One `Cap*` field of a `/proc/PID/status` text. */
export interface StatusCapField {
  /** `CapInh`, `CapPrm`, `CapEff`, `CapBnd` or `CapAmb` (any other `Cap*` is kept as written). */
  readonly field: string;
  readonly mask: bigint;
}

const CAP_LINE = /^\s*(Cap[A-Za-z]+):\s*(\S*)\s*$/;

/**
 * Every `Cap*` line of a `/proc/PID/status` text, in the order written (proc(5): CapInh, CapPrm,
 * CapEff, CapBnd, CapAmb, each 16 hex digits). Throws DecodeError when there is none, or when one
 * holds something that is not a mask.
 */
export function parseStatusCaps(text: string): StatusCapField[] {
  const fields: StatusCapField[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = CAP_LINE.exec(line);
    if (!m) continue;
    try {
      fields.push({ field: m[1]!, mask: parseHexMask(m[2]!) });
    } catch {
      throw new DecodeError(`${m[1]!}: not a hexadecimal capability mask: ${JSON.stringify(m[2])}`);
    }
  }
  if (fields.length === 0) {
    throw new DecodeError(
      'no Cap* line found (expected /proc/PID/status text with CapInh, CapPrm, CapEff, CapBnd, CapAmb)',
    );
  }
  return fields;
}

/** `podcaps decode --status`: one line per `Cap*` field, `CapEff:\t0x…=names`. */
export function formatStatusDecode(text: string): string[] {
  return parseStatusCaps(text).map((f) => `${f.field}:\t${formatDecode(f.mask)}`);
}
