import type { NodeDifference, PerColumn } from '../../core/inspect/compareNodes.ts';

function mark(value: boolean | null): string {
  if (value === null) return 'refused';
  return value ? '✓' : '✗';
}

/** `containerd ✓, CRI-O ✗, Docker ✓`: one column after the other, a refusal said as such. */
export function perColumnText(labels: readonly string[], values: PerColumn): string {
  return labels.map((label, i) => `${label} ${mark(values[i] ?? null)}`).join(', ');
}

function same(a: PerColumn, b: PerColumn): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * One difference stated in words, so that it does not rest on the table's highlight alone:
 * `NET_RAW — containerd ✓, CRI-O ✗, Docker ✓` (the bounding set), with the effective set added
 * when it disagrees differently (a non-root user, CRI-O's privileged ambient set).
 */
export function differenceText(labels: readonly string[], d: NodeDifference): string {
  const head = `${d.capability.name} — ${perColumnText(labels, d.bounding)}`;
  return same(d.bounding, d.effective)
    ? head
    : `${head}; effective: ${perColumnText(labels, d.effective)}`;
}
