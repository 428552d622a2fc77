import { formatForbidden } from '../../core/psa/message.ts';
import type { PsaResult } from '../../core/psa/types.ts';
import { useAppStore } from '../../store/useAppStore.ts';

/** Each failed check in PSA's own words, with a way to select the offending node in the editor. */
export function ViolationList({ result }: { result: PsaResult }) {
  const revealViolation = useAppStore((s) => s.revealViolation);
  // Offsets into a text that does not parse would select the wrong characters.
  const textValid = useAppStore((s) => s.analysis.valid);
  if (result.allowed) {
    return (
      <p className="psa-allowed">
        Meets <code>{result.policy}</code>: no violations.
      </p>
    );
  }
  return (
    <>
      <h3>
        Violations of <code>{result.policy}</code>
      </h3>
      <ul className="psa-violations" aria-label={`Violations of ${result.policy}`}>
        {result.violations.map((v) => (
          <li key={v.checkId}>
            <strong>{v.reason}</strong>
            {v.detail && <span className="psa-detail">{v.detail}</span>}
            <button
              type="button"
              aria-label={`Show in editor: ${v.reason}`}
              disabled={!textValid}
              onClick={() => revealViolation(v)}
            >
              Show in editor
            </button>
          </li>
        ))}
      </ul>
      <details className="psa-message">
        <summary>PSA’s message</summary>
        <pre>{formatForbidden(result)}</pre>
      </details>
    </>
  );
}
