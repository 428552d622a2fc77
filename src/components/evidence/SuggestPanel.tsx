import { useState } from 'react';
import { applySuggestion, suggestFromTrace } from '../../core/evidence/suggest.ts';
import { readTrace, TraceError } from '../../core/evidence/trace.ts';
import { useAppStoreApi } from '../../store/useAppStore.ts';

/**
 * `Suggest from a trace`: the selected container gets drop [ALL] plus the audited checks of a
 * pasted trace, as one form edit (one undo step). Bad input keeps the text and shows an alert.
 */
export function SuggestPanel() {
  const [trace, setTrace] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const store = useAppStoreApi();

  const apply = () => {
    store.getState().flushParse();
    const state = store.getState();
    const { text, phase } = state;
    const { manifest, container } = state.analysis;
    if (!manifest || !container || phase !== 'ready') {
      setMessage({ text: 'Fix the YAML and select a container first.', error: true });
      return;
    }
    try {
      const suggestion = suggestFromTrace(readTrace(trace), container);
      const result = applySuggestion(manifest, container, suggestion.add);
      if (!result.ok) {
        setMessage({ text: result.error.message, error: true });
        return;
      }
      if (result.text !== text) state.setText(result.text, { origin: 'form', edits: result.edits });
      setMessage({ text: suggestion.notes.join(' '), error: false });
    } catch (e) {
      if (!(e instanceof TraceError)) throw e;
      setMessage({ text: e.message, error: true });
    }
  };

  return (
    <div className="evidence-panel">
      <h2>Suggest from a trace</h2>
      <textarea
        aria-label="Capability trace"
        rows={6}
        spellCheck={false}
        placeholder="bcc capable output, Inspektor Gadget trace_capabilities JSON, or one name per line"
        value={trace}
        onChange={(e) => setTrace(e.target.value)}
      />
      <div className="evidence-actions">
        <button type="button" onClick={apply}>
          Apply to the container
        </button>
      </div>
      {message &&
        (message.error ? (
          <p role="alert">{message.text}</p>
        ) : (
          <p className="note">{message.text}</p>
        ))}
    </div>
  );
}
