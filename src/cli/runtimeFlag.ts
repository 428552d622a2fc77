import { RUNTIME_IDS } from '../core/model.ts';
import type { RuntimeId } from '../core/model.ts';
import { isRuntimeId } from '../core/runtimes/table.ts';
import { InputError } from './io.ts';

/**
 * The `--runtime` value of every command. The app's picker and the docs say `CRI-O`, so any case
 * is accepted; anything else is an input error naming the choices.
 */
export function runtimeFlag(value: string): RuntimeId {
  const runtime = value.toLowerCase();
  if (!isRuntimeId(runtime)) {
    throw new InputError(`--runtime must be one of ${RUNTIME_IDS.join(', ')} (got "${value}")`);
  }
  return runtime;
}
