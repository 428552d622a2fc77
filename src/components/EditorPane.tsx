import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useAppStore } from '../store/useAppStore.ts';
import { ProblemAlert } from './ProblemAlert.tsx';

// Monaco is most of the app's weight: it loads after first paint, and the checklist works meanwhile.
const ManifestEditor = lazy(() => import('../editor/ManifestEditor.tsx'));

function TextPreview({ note }: { note: string }) {
  const text = useAppStore((s) => s.text);
  return (
    <div className="editor-fallback">
      <p className="note">{note}</p>
      <pre aria-label="Manifest YAML (read-only)" tabIndex={0}>
        {text}
      </pre>
    </div>
  );
}

/** If the editor chunk cannot load, the text stays readable and every other part keeps working. */
class EditorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <TextPreview note="The editor failed to load; the text is shown read-only." />
    ) : (
      this.props.children
    );
  }
}

export function EditorPane() {
  return (
    <section className="editor-pane" aria-labelledby="editor-heading">
      <h2 id="editor-heading">Manifest</h2>
      <ProblemAlert />
      {/* Monaco needs a definite height: this box takes the rest of the pane, the editor all of it. */}
      <div className="editor-host">
        <EditorBoundary>
          <Suspense fallback={<TextPreview note="Loading editor…" />}>
            <ManifestEditor height="100%" />
          </Suspense>
        </EditorBoundary>
      </div>
    </section>
  );
}
