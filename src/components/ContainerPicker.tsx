import type { ContainerRef, ContainerType } from '../core/model.ts';
import { useAppStore } from '../store/appStore.ts';
import { keyOf, keyToString } from '../store/containerKey.ts';

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

/** Every container of every workload in the file, as `workload / container`. */
export function ContainerPicker() {
  const manifest = useAppStore((s) => s.manifest);
  const selection = useAppStore((s) => s.selection);
  const selectContainer = useAppStore((s) => s.selectContainer);
  const workloads = manifest?.workloads ?? [];
  const byValue = new Map<string, ContainerRef>(
    workloads.flatMap((w) => w.containers.map((c) => [keyToString(keyOf(c)), c] as const)),
  );
  const empty = byValue.size === 0;
  return (
    <div className="picker">
      <label htmlFor="container-picker">Container</label>
      <select
        id="container-picker"
        value={selection ? keyToString(selection) : ''}
        disabled={empty}
        onChange={(e) => {
          const ref = byValue.get(e.target.value);
          if (ref) selectContainer(keyOf(ref));
        }}
      >
        {empty && <option value="">No containers found</option>}
        {workloads.flatMap((w, wi) =>
          groupsOf(w.containers).map(({ type, refs }) => (
            <optgroup key={`${wi}-${type}`} label={`${w.kind} ${w.name}${GROUP_SUFFIX[type]}`}>
              {refs.map((c) => (
                <option key={keyToString(keyOf(c))} value={keyToString(keyOf(c))}>
                  {`${w.name} / ${c.name}`}
                </option>
              ))}
            </optgroup>
          )),
        )}
      </select>
    </div>
  );
}
