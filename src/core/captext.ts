import { CAPABILITIES, CAP_LAST_CAP } from './capabilityCatalog.ts';
import { hasCap } from './capmask.ts';
import type { CapMask } from './model.ts';

// libcap numbers the flag combinations e = 1, p = 2, i = 4 (RUNTIME-SEMANTICS Part 1).
const E = 1;
const P = 2;
const I = 4;

function letters(flags: number): string {
  return (flags & E ? 'e' : '') + (flags & I ? 'i' : '') + (flags & P ? 'p' : '');
}

/**
 * libcap's `cap_to_text` for an effective/inheritable/permitted triple: the compact text after
 * `Current: ` in `capsh --print`, e.g. `=`, `=ep`, `=ep cap_sys_admin-ep`, `cap_chown,cap_kill=ep`.
 */
export function capToText(
  effective: CapMask,
  inheritable: CapMask,
  permitted: CapMask,
  lastCap: number = CAP_LAST_CAP,
): string {
  // cap_to_text counts only the kernel's capabilities (cap_max_bits()), so on a 5.4 kernel
  // 38 capabilities make "=ep" and CAP_BPF is never named.
  const known = CAPABILITIES.filter((c) => c.number <= lastCap);
  const flagsOf = (n: number): number =>
    (hasCap(effective, n) ? E : 0) |
    (hasCap(permitted, n) ? P : 0) |
    (hasCap(inheritable, n) ? I : 0);
  const flags = known.map((c) => flagsOf(c.number));
  const histo = new Array<number>(8).fill(0);
  for (const f of flags) histo[f] = (histo[f] ?? 0) + 1;

  // The most common combination is the base; scanning down with >= makes the lower number win ties.
  let base = 7;
  for (let t = 6; t >= 0; t--) if ((histo[t] ?? 0) >= (histo[base] ?? 0)) base = t;

  let text = `=${letters(base)}`;
  for (let t = 7; t >= 0; t--) {
    if (t === base || !histo[t]) continue;
    const names = known
      .filter((_, n) => flags[n] === t)
      .map((c) => c.capName)
      .join(',');
    const raised = t & ~base;
    const lowered = base & ~t;
    if (raised && text === '=') {
      // libcap's shortening: "= a,b+ep" becomes "a,b=ep" when nothing is in the base.
      text = `${names}=${letters(raised)}`;
    } else {
      text += ` ${names}`;
      if (raised) text += `+${letters(raised)}`;
    }
    if (lowered) text += `-${letters(lowered)}`;
  }
  return text;
}

/**
 * libcap's `cap_iab_to_text`: per capability in number order, `!` when outside the bounding set,
 * `^` when ambient, `%` when inheritable and outside the bounding set but not ambient; names joined
 * with commas; empty when every capability is in the bounding set and none is inheritable.
 */
export function iabToText(
  inheritable: CapMask,
  ambient: CapMask,
  bounding: CapMask,
  lastCap: number = CAP_LAST_CAP,
): string {
  const parts: string[] = [];
  // cap_iab_to_text stops at cap_max_bits(): a capability the kernel lacks is not "!" but absent.
  for (const cap of CAPABILITIES) {
    if (cap.number > lastCap) break;
    const i = hasCap(inheritable, cap.number);
    const a = hasCap(ambient, cap.number);
    const nb = !hasCap(bounding, cap.number);
    if (!i && !a && !nb) continue;
    parts.push((nb ? '!' : '') + (a ? '^' : nb && i ? '%' : '') + cap.capName);
  }
  return parts.join(',');
}
