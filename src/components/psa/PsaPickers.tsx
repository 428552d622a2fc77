import type { PsaLevel } from '../../core/psa/types.ts';
import { useAppStore } from '../../store/useAppStore.ts';
import { POLICY_VERSIONS, TARGET_LEVELS } from '../../core/psa/policyDefaults.ts';
import { levelOptions, versionOptions } from './psaWording.ts';

/** The level to check against and the policy version to check at. */
export function PsaPickers({ target, version }: { target: PsaLevel; version: string }) {
  const setPsaTarget = useAppStore((s) => s.setPsaTarget);
  const setPsaVersion = useAppStore((s) => s.setPsaVersion);
  return (
    <div className="psa-pickers">
      <div className="picker">
        <label htmlFor="psa-target">Target level</label>
        <select
          id="psa-target"
          value={target}
          onChange={(e) => setPsaTarget(e.target.value as PsaLevel)}
        >
          {levelOptions(TARGET_LEVELS, target).map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      </div>
      <div className="picker">
        <label htmlFor="psa-version">Policy version</label>
        <select id="psa-version" value={version} onChange={(e) => setPsaVersion(e.target.value)}>
          {versionOptions(POLICY_VERSIONS, version).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
