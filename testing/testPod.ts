// Test helper (not shipped code paths): a one-container Pod as JSON text, which parseManifest reads.
import { parseManifest } from '../src/core/manifest/parse.ts';
import type { ContainerRef, Manifest } from '../src/core/model.ts';

export interface TestPod {
  readonly manifest: Manifest;
  readonly container: ContainerRef;
}

/** Parses a Pod whose only container has `securityContext` (and the pod, `podSpec` extras). */
export function testPod(
  securityContext: Record<string, unknown> | undefined,
  podSpec: Record<string, unknown> = {},
): TestPod {
  const container = {
    name: 'c',
    image: 'debian:12',
    ...(securityContext ? { securityContext } : {}),
  };
  const text = JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: { ...podSpec, containers: [container] },
  });
  const manifest = parseManifest(text);
  const ref = manifest.workloads[0]?.containers[0];
  if (!ref) throw new Error(`test pod did not parse: ${JSON.stringify(manifest.problems)}`);
  return { manifest, container: ref };
}

/** `capabilities: { add, drop }` with optional extra securityContext fields. */
export function caps(
  add: readonly unknown[] | undefined,
  drop: readonly unknown[] | undefined,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...extra, capabilities: { ...(add ? { add } : {}), ...(drop ? { drop } : {}) } };
}
