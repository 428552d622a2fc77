import { RUNTIME_IDS, type RuntimeId } from '../model.ts';
import {
  DEFAULT_NODE,
  KERNEL_VERSIONS,
  KUBERNETES_VERSIONS,
  OCI_RUNTIME_IDS,
  OCI_RUNTIME_VERSIONS,
  RUNTIME_VERSIONS,
  type NodeProfile,
  type OciRuntimeId,
} from './nodeProfile.ts';

/** A parsed value, or the sentence that says what is supported. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

function isRuntimeId(value: string): value is RuntimeId {
  return (RUNTIME_IDS as readonly string[]).includes(value);
}

function isOciRuntimeId(value: string): value is OciRuntimeId {
  return (OCI_RUNTIME_IDS as readonly string[]).includes(value);
}

function versionsOf(list: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(list)
    .map(([name, versions]) => `${name}@${versions.join('|')}`)
    .join(', ');
}

/**
 * `NAME[@VERSION]` of a container runtime (`containerd@1.7`, `CRI-O`, `docker@20.10`): any case,
 * the newest version when none is given. The error lists every supported runtime and version.
 */
export function parseRuntime(
  text: string,
): Parsed<Pick<NodeProfile, 'runtime' | 'runtimeVersion'>> {
  const [name = '', version, ...rest] = text.toLowerCase().split('@');
  const fail = {
    ok: false as const,
    error: `must be NAME[@VERSION]: ${versionsOf(RUNTIME_VERSIONS)} (got "${text}")`,
  };
  if (rest.length > 0 || !isRuntimeId(name)) return fail;
  const versions = RUNTIME_VERSIONS[name];
  const chosen = version ?? versions.at(-1);
  if (chosen === undefined || !versions.includes(chosen)) return fail;
  return { ok: true, value: { runtime: name, runtimeVersion: chosen } };
}

/** `runc|crun[@VERSION]`, the newest version when none is given. */
export function parseOciRuntime(
  text: string,
): Parsed<Pick<NodeProfile, 'ociRuntime' | 'ociRuntimeVersion'>> {
  const [name = '', version, ...rest] = text.toLowerCase().split('@');
  const fail = {
    ok: false as const,
    error: `must be NAME[@VERSION]: ${versionsOf(OCI_RUNTIME_VERSIONS)} (got "${text}")`,
  };
  if (rest.length > 0 || !isOciRuntimeId(name)) return fail;
  const versions = OCI_RUNTIME_VERSIONS[name];
  const chosen = version ?? versions.at(-1);
  if (chosen === undefined || !versions.includes(chosen)) return fail;
  return { ok: true, value: { ociRuntime: name, ociRuntimeVersion: chosen } };
}

/** A kernel `X.Y` from {@link KERNEL_VERSIONS}. */
export function parseKernel(text: string): Parsed<string> {
  return (KERNEL_VERSIONS as readonly string[]).includes(text)
    ? { ok: true, value: text }
    : { ok: false, error: `must be one of ${KERNEL_VERSIONS.join(', ')} (got "${text}")` };
}

/** A Kubernetes `1.N` (or `v1.N`) from {@link KUBERNETES_VERSIONS}. */
export function parseKubernetes(text: string): Parsed<string> {
  const version = text.startsWith('v') ? text.slice(1) : text;
  return (KUBERNETES_VERSIONS as readonly string[]).includes(version)
    ? { ok: true, value: version }
    : { ok: false, error: `must be one of ${KUBERNETES_VERSIONS.join(', ')} (got "${text}")` };
}

function field(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

/**
 * A stored or linked profile, checked field by field: a field that is missing or no longer
 * supported falls back to the default, so an old link still opens; undefined for a non-object
 * or an unknown runtime.
 */
export function nodeFromJSON(value: unknown): NodeProfile | undefined {
  const runtime = field(value, 'runtime');
  if (runtime === undefined || !isRuntimeId(runtime)) return undefined;
  const versions = RUNTIME_VERSIONS[runtime];
  const runtimeVersion = field(value, 'runtimeVersion');
  const oci = parseOciRuntime(
    `${field(value, 'ociRuntime') ?? ''}@${field(value, 'ociRuntimeVersion') ?? ''}`,
  );
  const kernel = parseKernel(field(value, 'kernel') ?? '');
  const kubernetes = parseKubernetes(field(value, 'kubernetes') ?? '');
  return {
    runtime,
    runtimeVersion:
      runtimeVersion !== undefined && versions.includes(runtimeVersion)
        ? runtimeVersion
        : (versions.at(-1) ?? DEFAULT_NODE.runtimeVersion),
    ociRuntime: oci.ok ? oci.value.ociRuntime : DEFAULT_NODE.ociRuntime,
    ociRuntimeVersion: oci.ok ? oci.value.ociRuntimeVersion : DEFAULT_NODE.ociRuntimeVersion,
    kernel: kernel.ok ? kernel.value : DEFAULT_NODE.kernel,
    kubernetes: kubernetes.ok ? kubernetes.value : DEFAULT_NODE.kubernetes,
  };
}
