import { memo } from 'react';
import type { ContainerRef, ContainerType, WorkloadRef } from '../core/model.ts';
import type { AppState } from '../store/appState.ts';
import { useAppStore, useDeferredAppStore } from '../store/useAppStore.ts';
import { keyOf, keyToString } from '../core/analysis/containerKey.ts';

// Listed in the order the kubelet starts them: init containers first, ephemeral ones last.
const TYPE_ORDER: Readonly<Record<ContainerType, number>> = {
  initContainer: 0,
  container: 1,
  ephemeralContainer: 2,
};

function inStartOrder(containers: readonly ContainerRef[]): ContainerRef[] {
  return [...containers].sort(
    (a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.index - b.index,
  );
}

// SPEC: an option reads exactly `workload / container`, so the container's kind is told by the
// option group it sits in, not by extra words in the option.
const GROUP_SUFFIX: Readonly<Record<ContainerType, string>> = {
  container: '',
  initContainer: ' · init containers',
  ephemeralContainer: ' · ephemeral containers',
};

/** The workload's containers in start order, one group per container type. */
function groupsOf(
  containers: readonly ContainerRef[],
): { type: ContainerType; refs: ContainerRef[] }[] {
  const groups: { type: ContainerType; refs: ContainerRef[] }[] = [];
  for (const ref of inStartOrder(containers)) {
    const last = groups.at(-1);
    if (last?.type === ref.type) last.refs.push(ref);
    else groups.push({ type: ref.type, refs: [ref] });
  }
  return groups;
}

/**
 * One workload's option groups. Memoised: the reader hands out the same WorkloadRef while its
 * document is unchanged, so an edit re-renders the edited workload's options, not thousands.
 */
const WorkloadOptions = memo(function WorkloadOptions({
  workload,
  index,
}: {
  workload: WorkloadRef;
  index: number;
}) {
  return groupsOf(workload.containers).map(({ type, refs }) => (
    <optgroup
      key={`${index}-${type}`}
      label={`${workload.kind} ${workload.name}${GROUP_SUFFIX[type]}`}
    >
      {refs.map((c) => {
        const key = keyToString(keyOf(c));
        return (
          <option key={key} value={key}>
            {`${workload.name} / ${c.name}`}
          </option>
        );
      })}
    </optgroup>
  ));
});

// React places each new sibling by scanning the siblings after it that are new too, so appending
// thousands of options to one list is quadratic (a 5 MB file of small pods: ~400 ms in
// getHostSibling). In chunks, only a chunk's own children are scanned, and a new chunk's children
// are mounted with it, not placed one by one.
const CHUNK = 256;

/** Workloads `start` to `start + CHUNK` of the file; memoised, as the file's list is. */
const WorkloadChunk = memo(function WorkloadChunk({
  workloads,
  start,
}: {
  workloads: readonly WorkloadRef[];
  start: number;
}) {
  return workloads
    .slice(start, start + CHUNK)
    .map((w, i) => <WorkloadOptions key={start + i} workload={w} index={start + i} />);
});

const selectManifest = (s: AppState) => s.analysis.manifest;

/** Every container of every workload in the file, as `workload / container`. */
export function ContainerPicker() {
  // As the option's value, a string: every read makes a new key object for the same container.
  const selected = useAppStore((s) =>
    s.analysis.selection ? keyToString(s.analysis.selection) : '',
  );
  const selectContainer = useAppStore((s) => s.selectContainer);
  // A newly opened large file has thousands of options: React builds them in an interruptible
  // render after the rest of the page shows the file, instead of in one long task with it; and
  // an edit's new list waits for the frame that shows the edit.
  const manifest = useDeferredAppStore(selectManifest);
  const workloads = manifest?.workloads ?? [];
  const empty = !workloads.some((w) => w.containers.length > 0);
  return (
    <div className="picker">
      <label htmlFor="container-picker">Container</label>
      <select
        id="container-picker"
        value={selected}
        disabled={empty}
        onChange={(e) => {
          // Looked up on change only: a map of every container on each render costs a large file.
          const value = e.target.value;
          const ref = workloads
            .flatMap((w) => w.containers)
            .find((c) => keyToString(keyOf(c)) === value);
          if (ref) selectContainer(keyOf(ref));
        }}
      >
        {empty && <option value="">No containers found</option>}
        {Array.from({ length: Math.ceil(workloads.length / CHUNK) }, (_, c) => (
          <WorkloadChunk key={c} workloads={workloads} start={c * CHUNK} />
        ))}
      </select>
    </div>
  );
}
