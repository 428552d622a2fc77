import { useId, useState } from 'react';
import { ImportError, importDocker } from '../../core/evidence/importDocker.ts';
import { useAppStore } from '../../store/useAppStore.ts';

/**
 * `Import from Docker`: a docker run line or a Compose file becomes the manifest, as one undo step
 * (loadText goes through the editor bridge's load path, like Open file). Bad input keeps the
 * user's text and says why in an alert.
 */
export function ImportDialog({ onClose }: { readonly onClose: () => void }) {
  const titleId = useId();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState<readonly string[]>([]);
  const loadText = useAppStore((s) => s.loadText);
  const announce = useAppStore((s) => s.announce);

  const convert = () => {
    try {
      const result = importDocker(input);
      loadText(result.yaml);
      setError(null);
      setNotes(result.notes.map((n) => `${n.where}: ${n.message}`));
      announce('Imported from Docker. Undo in the editor brings your text back');
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      setError(e.message);
      setNotes([]);
    }
  };

  return (
    <div className="evidence-panel" role="dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>Import from Docker</h2>
      <textarea
        aria-label="docker run command or Compose file"
        rows={5}
        spellCheck={false}
        value={input}
        onChange={(e) => setInput(e.target.value)}
      />
      <div className="evidence-actions">
        <button type="button" onClick={convert}>
          Convert
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {error !== null && <p role="alert">{error}</p>}
      {notes.length > 0 && (
        <ul className="notes" aria-label="Import notes">
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
