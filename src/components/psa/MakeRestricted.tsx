import { useAppStore } from '../../store/useAppStore.ts';
import { selectCurrentReport } from '../../store/podSecuritySlice.ts';
import { BLOCK_MESSAGES } from '../../store/textPhase.ts';

function disabledReason(textValid: boolean, meetsRestricted: boolean): string | null {
  if (!textValid) return BLOCK_MESSAGES.invalid;
  if (meetsRestricted) return 'This workload already meets restricted:latest.';
  return null;
}

/** "Make restricted" for the selected workload, and what it changed and left to do. */
export function MakeRestricted({ meetsRestricted }: { meetsRestricted: boolean }) {
  const textValid = useAppStore((s) => s.analysis.valid);
  const makeWorkloadRestricted = useAppStore((s) => s.makeWorkloadRestricted);
  const report = useAppStore(selectCurrentReport);
  const reason = disabledReason(textValid, meetsRestricted);
  return (
    <div className="psa-fix">
      <button
        type="button"
        disabled={reason !== null}
        aria-describedby={reason ? 'psa-fix-reason' : undefined}
        onClick={makeWorkloadRestricted}
      >
        Make restricted
      </button>
      {reason && (
        <p id="psa-fix-reason" className="note">
          {reason}
        </p>
      )}
      {report && report.applied.length > 0 && (
        <>
          <h3 id="psa-applied">Changed (Ctrl+Z in the editor undoes it)</h3>
          <ul aria-labelledby="psa-applied">
            {report.applied.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {report && report.cannotFix.length > 0 && (
        <>
          <h3 id="psa-cannot-fix">Cannot fix automatically</h3>
          <ul aria-labelledby="psa-cannot-fix">
            {report.cannotFix.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
