import { lazy, Suspense, useState } from 'react';

// The panels and the core code only they use (shell-quote, the trace and comparison readers) load
// as their own chunks on first use: the first-paint bundle stays within budget (bench/load.ts).
const ImportDialog = lazy(() =>
  import('./ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })),
);
const ComparePanel = lazy(() =>
  import('./ComparePanel.tsx').then((m) => ({ default: m.ComparePanel })),
);
const SuggestPanel = lazy(() =>
  import('./SuggestPanel.tsx').then((m) => ({ default: m.SuggestPanel })),
);

type Open = 'import' | 'compare' | 'suggest' | null;

/** The toolbar's evidence actions: Import, Compare with a real container, Suggest from a trace. */
export function EvidenceButtons() {
  const [open, setOpen] = useState<Open>(null);
  const toggle = (which: Exclude<Open, null>) => setOpen((o) => (o === which ? null : which));
  return (
    <>
      <button type="button" aria-expanded={open === 'import'} onClick={() => toggle('import')}>
        Import
      </button>
      <button type="button" aria-expanded={open === 'compare'} onClick={() => toggle('compare')}>
        Compare with a real container
      </button>
      <button type="button" aria-expanded={open === 'suggest'} onClick={() => toggle('suggest')}>
        Suggest from a trace
      </button>
      {open !== null && (
        <div className="evidence-popover">
          <Suspense fallback={<p className="note">Loading…</p>}>
            {open === 'import' && <ImportDialog onClose={() => setOpen(null)} />}
            {open === 'compare' && <ComparePanel />}
            {open === 'suggest' && <SuggestPanel />}
          </Suspense>
        </div>
      )}
    </>
  );
}
