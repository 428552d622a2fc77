import {
  defaultNode,
  isDefaultNodeOf,
  KERNEL_VERSIONS,
  KUBERNETES_VERSIONS,
  RUNTIME_VERSIONS,
} from '../core/node/nodeProfile.ts';
import { useAppStore } from '../store/useAppStore.ts';
import { OCI_CHOICES, ociChoiceOf } from '../core/node/nodeLabel.ts';

function Axis({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const bare = (versions: readonly string[]) => versions.map((v) => ({ value: v, label: v }));
const KERNEL_OPTIONS = bare(KERNEL_VERSIONS);
const KUBERNETES_OPTIONS = bare(KUBERNETES_VERSIONS);

/**
 * The node beside the runtime: its version, the OCI runtime, the kernel, Kubernetes. Native
 * selects, always in the accessibility tree: at the defaults the group is only drawn compact (one
 * muted line), so nothing has to be opened to reach a choice, by keyboard, screen reader or test.
 */
export function NodePicker() {
  const node = useAppStore((s) => s.node);
  const setNode = useAppStore((s) => s.setNode);
  const atDefaults = isDefaultNodeOf(node);
  return (
    <fieldset className={atDefaults ? 'node-picker at-defaults' : 'node-picker'}>
      <legend>Node</legend>
      <Axis
        id="runtime-version-picker"
        label="Runtime version"
        value={node.runtimeVersion}
        options={bare(RUNTIME_VERSIONS[node.runtime])}
        onChange={(runtimeVersion) => setNode({ runtimeVersion })}
      />
      <Axis
        id="oci-runtime-picker"
        label="OCI runtime"
        value={ociChoiceOf(node).value}
        options={OCI_CHOICES}
        onChange={(value) => {
          const choice = OCI_CHOICES.find((c) => c.value === value);
          if (choice)
            setNode({ ociRuntime: choice.ociRuntime, ociRuntimeVersion: choice.ociRuntimeVersion });
        }}
      />
      <Axis
        id="kernel-picker"
        label="Kernel"
        value={node.kernel}
        options={KERNEL_OPTIONS}
        onChange={(kernel) => setNode({ kernel })}
      />
      <Axis
        id="kubernetes-picker"
        label="Kubernetes version"
        value={node.kubernetes}
        options={KUBERNETES_OPTIONS}
        onChange={(kubernetes) => setNode({ kubernetes })}
      />
      {!atDefaults && (
        <button type="button" onClick={() => setNode(defaultNode(node.runtime))}>
          Default node
        </button>
      )}
    </fieldset>
  );
}
