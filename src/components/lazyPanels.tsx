import { lazy, Suspense, type ComponentType } from 'react';

// The inspection and Pod Security panels, with the core code only they use (warnings, runtime
// comparison, the PSA checks), load as their own chunks right after first paint: the checklist
// and the capsh panel come first, within the first-paint budget (bench/load.ts).

/** A panel loaded as its own chunk, rendering nothing until it arrives. */
function lazyPanel(loader: () => Promise<ComponentType>): ComponentType {
  const Chunk = lazy(() => loader().then((component) => ({ default: component })));
  return function LazyPanel() {
    return (
      <Suspense fallback={null}>
        <Chunk />
      </Suspense>
    );
  };
}

export const WarningsPanel = lazyPanel(() =>
  import('./inspect/WarningsPanel.tsx').then((m) => m.WarningsPanel),
);
export const RuntimeComparison = lazyPanel(() =>
  import('./inspect/RuntimeComparison.tsx').then((m) => m.RuntimeComparison),
);
export const PodSecurityPanel = lazyPanel(() =>
  import('./psa/PodSecurityPanel.tsx').then((m) => m.PodSecurityPanel),
);
