/**
 * Shared domain types of the Podcaps core. Framework-free: used by the app, the store and the CLI.
 * Implementations live in the modules named beside each type.
 */

/** The container runtimes Podcaps simulates. containerd is the default. */
export const RUNTIME_IDS = ['containerd', 'cri-o', 'docker'] as const;
export type RuntimeId = (typeof RUNTIME_IDS)[number];
export const DEFAULT_RUNTIME: RuntimeId = 'containerd';

/** A set of capabilities as a bit mask over capability numbers 0..40. */
export type CapMask = bigint;

/** Risk of granting a capability to a container (capabilities.ts). */
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

/** One Linux capability (capabilities.ts holds all 41). */
export interface CapabilityInfo {
  /** Capability number, 0..40. */
  readonly number: number;
  /** The Kubernetes spelling, e.g. `NET_ADMIN`. */
  readonly name: string;
  /** The libcap spelling, e.g. `cap_net_admin`. */
  readonly capName: string;
  /** Kernel version that introduced it, e.g. `2.6.24`. */
  readonly since: string;
  /** One-line explanation, in our own words. */
  readonly summary: string;
  readonly risk: RiskLevel;
}

/** The two capability lists of a container's `securityContext.capabilities`. */
export type CapabilityList = 'add' | 'drop';

/** The kinds of container a pod spec holds. */
export type ContainerType = 'container' | 'initContainer' | 'ephemeralContainer';

/** A path into a YAML document, as the `yaml` package's getIn/setIn take it. */
export type NodePath = readonly (string | number)[];

/** A problem in the input text, located by character offsets (the editor converts to line/column). */
export interface TextProblem {
  readonly message: string;
  /** Start and end character offsets into the whole text. */
  readonly start: number;
  readonly end: number;
  /** 1-based line and column of `start`, for messages. */
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
}

/** A container found in a manifest (manifest/locate.ts). */
export interface ContainerRef {
  /** Index of the workload in `Manifest.workloads`. */
  readonly workloadIndex: number;
  readonly type: ContainerType;
  /** Index within its list (containers, initContainers or ephemeralContainers). */
  readonly index: number;
  readonly name: string;
  /** Path of the container mapping inside its YAML document. */
  readonly path: NodePath;
  /** The container as plain data (what `toJS` gives). */
  readonly spec: Readonly<Record<string, unknown>>;
}

/** A workload (Pod, Deployment, CronJob, a PodTemplate, an item of a List, ...) found in a manifest. */
export interface WorkloadRef {
  /** Index of the YAML document that holds it. */
  readonly documentIndex: number;
  readonly kind: string;
  readonly apiVersion: string;
  readonly name: string;
  readonly namespace: string | undefined;
  /** Path of the object itself inside its document (`[]`, or `['items', 2]` in a List). */
  readonly path: NodePath;
  /** Path of its pod spec inside the document (e.g. `['spec', 'template', 'spec']`). */
  readonly podSpecPath: NodePath;
  /** The pod spec as plain data. */
  readonly podSpec: Readonly<Record<string, unknown>>;
  /** The pod's metadata (the template's for controllers) as plain data, for labels and annotations. */
  readonly podMetadata: Readonly<Record<string, unknown>>;
  readonly containers: readonly ContainerRef[];
}

/** The result of reading a manifest text (manifest/parse.ts). */
export interface Manifest {
  readonly text: string;
  readonly workloads: readonly WorkloadRef[];
  /** Non-workload objects (Namespace, Service, ...) by document: kind, name and plain data. */
  readonly others: readonly { documentIndex: number; kind: string; name: string; data: unknown }[];
  /** Syntax errors and structural problems; empty when the text is valid. */
  readonly problems: readonly TextProblem[];
}

/** A user id or group id with the name the image's /etc/passwd or /etc/group gives it (`???` if none). */
export interface NamedId {
  readonly id: number;
  readonly name: string;
}

/** What the API server or the runtime says when it refuses a container. */
export interface Refusal {
  /** The API server, the kubelet, the container runtime, or the OCI runtime (`crun`). */
  readonly by: 'api-server' | 'kubelet' | RuntimeId | 'runc' | 'crun';
  /** The refusal in the refuser's own words. */
  readonly message: string;
}

/** A warning noticed while simulating (e.g. runc ignoring an unknown capability). */
export interface SimulationNote {
  readonly message: string;
  readonly capability?: string;
}

/** The capability state of the process inside a container after `kubectl exec` (process.ts). */
export interface ProcessState {
  readonly bounding: CapMask;
  readonly effective: CapMask;
  readonly permitted: CapMask;
  readonly inheritable: CapMask;
  readonly ambient: CapMask;
  readonly uid: NamedId;
  readonly gid: NamedId;
  /** Supplementary groups, ascending. */
  readonly groups: readonly NamedId[];
  readonly noNewPrivs: boolean;
  /**
   * The node kernel's `cap_last_cap`: no set holds a capability above it, and capsh prints none
   * (RUNTIME-SEMANTICS §13).
   */
  readonly lastCap: number;
}

/** Simulation outcome: either the process state, or the refusal. */
export type SimulationResult =
  | { readonly ok: true; readonly state: ProcessState; readonly notes: readonly SimulationNote[] }
  | { readonly ok: false; readonly refusal: Refusal; readonly notes: readonly SimulationNote[] };
