import { useState } from 'react';
import type { AppState } from '../../store/appState.ts';
import { useDeferredAppStore } from '../../store/useAppStore.ts';
import { createPodSecuritySelector } from '../../store/podSecuritySelector.ts';
import '../../styles/psa.css';
import { MakeRestricted } from './MakeRestricted.tsx';
import { NamespaceNote } from './NamespaceNote.tsx';
import { PsaLevelStatus } from './PsaLevelStatus.tsx';
import { PsaPickers } from './PsaPickers.tsx';
import { ViolationList } from './ViolationList.tsx';

const selectWorkload = (s: AppState) => s.analysis.workload;
const selectValid = (s: AppState) => s.analysis.valid;

/** The Pod Security Standards verdict of the selected container's workload. */
export function PodSecurityPanel() {
  // Its cache is this panel's own: made once per mounted panel, not once per page load.
  const [selectPodSecurity] = useState(createPodSecuritySelector);
  const view = useDeferredAppStore(selectPodSecurity);
  // The workload and the verdict from the same (deferred) state, so they never disagree.
  const workload = useDeferredAppStore(selectWorkload);
  const textValid = useDeferredAppStore(selectValid);
  return (
    <section className="psa-panel" aria-labelledby="psa-heading">
      <h2 id="psa-heading">Pod Security</h2>
      {!view || !workload ? (
        <p className="note">No pod or pod template to check.</p>
      ) : (
        <>
          <p className="psa-subject">
            {workload.kind} <strong>{workload.name || '(unnamed)'}</strong>
            {workload.namespace !== undefined && ` in namespace ${workload.namespace}`}
          </p>
          {!textValid && <p className="note">Showing the last valid version of the YAML.</p>}
          <PsaLevelStatus level={view.highest} version={view.version} />
          {view.namespace && <NamespaceNote namespace={view.namespace} />}
          <PsaPickers target={view.target} version={view.version} />
          <ViolationList result={view.result} />
          <MakeRestricted meetsRestricted={view.meetsRestrictedLatest} />
        </>
      )}
    </section>
  );
}
