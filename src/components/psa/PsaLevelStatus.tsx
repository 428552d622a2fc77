import type { PsaLevel } from '../../core/psa/types.ts';
import { LEVEL_MEANING } from './psaWording.ts';

/** The most restrictive level the pod meets, as a coloured badge and in words. */
export function PsaLevelStatus({ level, version }: { level: PsaLevel; version: string }) {
  return (
    <div className={`psa-level psa-level-${level}`}>
      <p>
        Highest level met: <strong className="psa-badge">{level}</strong> at <code>{version}</code>
      </p>
      <p className="note">{LEVEL_MEANING[level]}</p>
    </div>
  );
}
