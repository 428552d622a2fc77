import { useAppStore } from '../store/useAppStore.ts';
import { NothingToInspectAlert } from './NothingToInspectAlert.tsx';

/**
 * Says what is wrong with the YAML and where while the text does not parse; once it parses, why
 * it leaves nothing to inspect, if it does.
 */
export function ProblemAlert() {
  // Read only while the text does not parse: a read that parses brings a new (often empty) list
  // every time, which would render this again on every toggle and keystroke for nothing.
  const problems = useAppStore((s) => (s.analysis.valid ? null : s.analysis.problems));
  const textValid = problems === null;
  const reveal = useAppStore((s) => s.reveal);
  if (textValid) return <NothingToInspectAlert />;
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  if (!first) return null;
  return (
    <div role="alert" className="problem-alert">
      <p>
        <strong>
          YAML error at line {first.line}, column {first.column}:
        </strong>{' '}
        {first.message}
        {errors.length > 1 && ` (and ${errors.length - 1} more)`}
      </p>
      <p>Your text is kept as it is; the checklist is read-only until it parses.</p>
      <button type="button" onClick={() => reveal(first.start, first.end)}>
        Show in editor
      </button>
    </div>
  );
}
