import type { CapabilityDifference, PerRuntime } from '../../core/inspect/compareRuntimes.ts';
import { RUNTIME_IDS } from '../../core/model.ts';
import { RUNTIMES } from '../../core/runtimes/table.ts';

function mark(value: boolean | null): string {
  if (value === null) return 'refused';
  return value ? '✓' : '✗';
}

/** `containerd ✓, CRI-O ✗, Docker ✓`: one runtime after the other, a refusal said as such. */
export function perRuntimeText(values: PerRuntime): string {
  return RUNTIME_IDS.map((id) => `${RUNTIMES[id].label} ${mark(values[id])}`).join(', ');
}

function same(a: PerRuntime, b: PerRuntime): boolean {
  return RUNTIME_IDS.every((id) => a[id] === b[id]);
}

/**
 * One difference stated in words, so that it does not rest on the table's highlight alone:
 * `NET_RAW — containerd ✓, CRI-O ✗, Docker ✓` (the bounding set), with the effective set added
 * when it disagrees differently (a non-root user, CRI-O's privileged ambient set).
 */
export function differenceText(d: CapabilityDifference): string {
  const head = `${d.capability.name} — ${perRuntimeText(d.bounding)}`;
  return same(d.bounding, d.effective)
    ? head
    : `${head}; effective: ${perRuntimeText(d.effective)}`;
}
