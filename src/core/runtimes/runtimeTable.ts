import type { Refusal, RuntimeId } from '../model.ts';
import { CONTAINERD } from './containerd.ts';
import { CRIO } from './crio.ts';
import { DOCKER } from './docker.ts';
import type { RuntimeProfile } from './profile.ts';

/** Every simulated runtime by id, in the order the runtime picker lists them. */
export const RUNTIMES: Readonly<Record<RuntimeId, RuntimeProfile>> = {
  containerd: CONTAINERD,
  'cri-o': CRIO,
  docker: DOCKER,
};

/** Narrows user input (a CLI flag, a stored preference) to a runtime id. */
export function isRuntimeId(value: string): value is RuntimeId {
  return Object.hasOwn(RUNTIMES, value);
}

/** Who refused a container, as a reader calls it: "API server" or the runtime's label. */
export function refuserLabel(by: Refusal['by']): string {
  if (by === 'api-server') return 'API server';
  if (by === 'kubelet' || by === 'runc' || by === 'crun') return by;
  return RUNTIMES[by].label;
}
