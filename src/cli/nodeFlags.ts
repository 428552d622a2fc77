import { RUNTIME_IDS } from '../core/model.ts';
import {
  defaultNode,
  KERNEL_VERSIONS,
  KUBERNETES_VERSIONS,
  OCI_RUNTIME_VERSIONS,
  RUNTIME_VERSIONS,
  type NodeProfile,
} from '../core/node/nodeProfile.ts';
import {
  parseKernel,
  parseKubernetes,
  parseOciRuntime,
  parseRuntime,
  type Parsed,
} from '../core/node/parseNode.ts';
import { InputError } from './io.ts';

/** The node-profile options of capsh, inspect and check, for node:util parseArgs. */
export const NODE_OPTIONS = {
  runtime: { type: 'string' },
  'oci-runtime': { type: 'string' },
  kernel: { type: 'string' },
  kubernetes: { type: 'string' },
} as const;

const DEFAULT = defaultNode();

function newest(list: readonly string[]): string {
  return list.at(-1) ?? '';
}

/** The help lines of the node-profile options (SPEC "The node profile"). */
export const NODE_USAGE = `Node profile (default: the newest of each):
  --runtime NAME[@VERSION]   ${RUNTIME_IDS.join(' | ')} (default: ${DEFAULT.runtime}@${DEFAULT.runtimeVersion});
                             versions: containerd ${RUNTIME_VERSIONS.containerd.join(', ')};
                             cri-o ${RUNTIME_VERSIONS['cri-o'].join(', ')};
                             docker ${RUNTIME_VERSIONS.docker.join(', ')}
  --oci-runtime NAME[@VER]   runc (${OCI_RUNTIME_VERSIONS.runc.join(', ')}) | crun (${OCI_RUNTIME_VERSIONS.crun[0]}-${newest(OCI_RUNTIME_VERSIONS.crun)})
                             (default: ${DEFAULT.ociRuntime}@${DEFAULT.ociRuntimeVersion})
  --kernel X.Y               ${KERNEL_VERSIONS.join(', ')} (default: ${DEFAULT.kernel})
  --kubernetes X.Y           ${KUBERNETES_VERSIONS[0]}-${newest(KUBERNETES_VERSIONS)} (default: ${DEFAULT.kubernetes})`;

interface NodeValues {
  readonly runtime?: string | undefined;
  readonly 'oci-runtime'?: string | undefined;
  readonly kernel?: string | undefined;
  readonly kubernetes?: string | undefined;
}

function take<T>(flag: string, parsed: Parsed<T>): T {
  if (!parsed.ok) throw new InputError(`--${flag} ${parsed.error}`);
  return parsed.value;
}

/** The node the flags name; a flag left out keeps the default. Bad values exit 2 naming the choices. */
export function nodeFromFlags(values: NodeValues): NodeProfile {
  const runtime =
    values.runtime === undefined ? DEFAULT : take('runtime', parseRuntime(values.runtime));
  const oci =
    values['oci-runtime'] === undefined
      ? DEFAULT
      : take('oci-runtime', parseOciRuntime(values['oci-runtime']));
  return {
    runtime: runtime.runtime,
    runtimeVersion: runtime.runtimeVersion,
    ociRuntime: oci.ociRuntime,
    ociRuntimeVersion: oci.ociRuntimeVersion,
    kernel:
      values.kernel === undefined ? DEFAULT.kernel : take('kernel', parseKernel(values.kernel)),
    kubernetes:
      values.kubernetes === undefined
        ? DEFAULT.kubernetes
        : take('kubernetes', parseKubernetes(values.kubernetes)),
  };
}
