import { lazy, Suspense } from 'react';

// The inspection and Pod Security panels, with the core code only they use (warnings, runtime
// comparison, the PSA checks), load as their own chunks right after first paint: the checklist
// and the capsh panel come first, within the first-paint budget (bench/load.ts).
const WarningsPanelChunk = lazy(() =>
  import('./inspect/WarningsPanel.tsx').then((m) => ({ default: m.WarningsPanel })),
);
const RuntimeComparisonChunk = lazy(() =>
  import('./inspect/RuntimeComparison.tsx').then((m) => ({ default: m.RuntimeComparison })),
);
const PodSecurityPanelChunk = lazy(() =>
  import('./psa/PodSecurityPanel.tsx').then((m) => ({ default: m.PodSecurityPanel })),
);

export function WarningsPanel() {
  return (
    <Suspense fallback={null}>
      <WarningsPanelChunk />
    </Suspense>
  );
}

export function RuntimeComparison() {
  return (
    <Suspense fallback={null}>
      <RuntimeComparisonChunk />
    </Suspense>
  );
}

export function PodSecurityPanel() {
  return (
    <Suspense fallback={null}>
      <PodSecurityPanelChunk />
    </Suspense>
  );
}
