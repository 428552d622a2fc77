import { capToText, iabToText } from './captext.ts';
import { maskToCapabilities } from './capmask.ts';
import type { CapMask, NamedId, ProcessState } from './model.ts';

function capNames(mask: CapMask): string {
  return maskToCapabilities(mask)
    .map((c) => c.capName)
    .join(',');
}

function named(id: NamedId): string {
  return `${id.id}(${id.name})`;
}

/**
 * The exact text libcap 2.66's `capsh --print` prints for `state`, newline-terminated.
 * Securebits are always 0 in a Kubernetes container, so capsh always guesses HYBRID mode.
 * The bounding and ambient lines list set bits only, which never exceed `state.lastCap`
 * (display_prctl_set stops where the kernel rejects a number).
 */
export function formatCapsh(state: ProcessState): string {
  const lines = [
    `Current: ${capToText(state.effective, state.inheritable, state.permitted, state.lastCap)}`,
    `Bounding set =${capNames(state.bounding)}`,
    `Ambient set =${capNames(state.ambient)}`,
    `Current IAB: ${iabToText(state.inheritable, state.ambient, state.bounding, state.lastCap)}`,
    `Securebits: 00/0x0/1'b0 (no-new-privs=${state.noNewPrivs ? 1 : 0})`,
    ' secure-noroot: no (unlocked)',
    ' secure-no-suid-fixup: no (unlocked)',
    ' secure-keep-caps: no (unlocked)',
    ' secure-no-ambient-raise: no (unlocked)',
    `uid=${named(state.uid)} euid=${named(state.uid)}`,
    `gid=${named(state.gid)}`,
    `groups=${state.groups.map(named).join(',')}`,
    'Guessed mode: HYBRID (4)',
  ];
  return `${lines.join('\n')}\n`;
}
