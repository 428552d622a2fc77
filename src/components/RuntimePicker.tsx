import { RUNTIME_IDS, type RuntimeId } from '../core/model.ts';
import { RUNTIMES } from '../core/runtimes/runtimeTable.ts';
import { useAppStore } from '../store/useAppStore.ts';

export function RuntimePicker() {
  const runtime = useAppStore((s) => s.runtime);
  const setRuntime = useAppStore((s) => s.setRuntime);
  return (
    <div className="picker">
      <label htmlFor="runtime-picker">Runtime</label>
      <select
        id="runtime-picker"
        value={runtime}
        onChange={(e) => setRuntime(e.target.value as RuntimeId)}
      >
        {RUNTIME_IDS.map((id) => (
          <option key={id} value={id}>
            {RUNTIMES[id].label}
          </option>
        ))}
      </select>
    </div>
  );
}
