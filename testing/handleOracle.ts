/**
 * What the document handle tests of "Make restricted" and the violation links check (imported by
 * tests only; the `.testing.ts` name keeps it out of the test run itself): through the handles of
 * the manifest reader's read, which work on the piece, both give exactly what they give through
 * the whole-text handles of `parseManifest`.
 */
import { expect } from 'vitest';
import { documentOf } from '../src/core/manifest/documentHandle.ts';
import { parseManifest } from '../src/core/manifest/parse.ts';
import { createManifestReader } from '../src/core/manifest/reader.ts';
import type { Manifest, WorkloadRef } from '../src/core/model.ts';
import { evaluatePod } from '../src/core/psa/evaluate.ts';
import { makeRestricted } from '../src/core/psa/makeRestricted.ts';
import { violationRanges } from '../src/core/psa/violationRanges.ts';

/**
 * A multi-document manifest with a workload in the first, a middle and the last document, and one
 * of each syntax corner a piece must handle: comments before and between documents, a `---` with a
 * comment or a tag after it, a flow document on its marker line, `...`, a blank line after a
 * marker, an alias that makes a fix be refused, a List of two pods.
 */
export const FLEET = `# A fleet of pods, one per corner of the syntax
apiVersion: v1
kind: Pod
metadata:
  name: first   # the first document
spec:
  containers:
    - name: a
      image: nginx
      securityContext:
        privileged: true
        capabilities:
          add: [NET_ADMIN, NET_BIND_SERVICE]
--- # a comment on the marker line
apiVersion: v1
kind: Service
metadata: {name: svc}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: middle
spec:
  template:
    metadata:
      annotations:
        container.apparmor.security.beta.kubernetes.io/app: unconfined
    spec:
      hostNetwork: true
      securityContext:
        runAsNonRoot: false
      containers:
      - name: app
        image: x   # pinned
        securityContext:
          seccompProfile: {type: Unconfined}
          capabilities:
            add:
            - SYS_TIME
            - CHOWN
      volumes:
      - name: host
        hostPath: {path: /var/run}
...
--- {apiVersion: v1, kind: Pod, metadata: {name: flow}, spec: {containers: [{name: f, securityContext: {privileged: true}}]}}
--- !!map
apiVersion: v1
kind: Pod
metadata:
  name: shared
  annotations:
    defaults: &sc
      runAsUser: 1000
spec:
  containers:
    - name: a
      image: nginx
      securityContext: *sc
---
kind: List
items:
- kind: Pod
  metadata: {name: p}
  spec:
    containers:
    - name: a
- kind: Pod
  metadata: {name: q}
  spec:
    containers:
    - name: b
      securityContext:
        capabilities:
          add: [CHOWN]
---

# the last document
apiVersion: v1
kind: Pod
metadata:
  name: last
spec:
  containers:
  - name: z
    image: busybox
`;

/**
 * The text read by a fresh reader, as the store's reader reads it: the read manifest and each of
 * its workloads. A text without errors gets a handle on the piece for every document.
 */
export function readInPieces(text: string): { read: Manifest; workload: WorkloadRef }[] {
  const read = createManifestReader().read(text);
  const clean = !read.problems.some((p) => p.severity === 'error');
  return read.workloads.map((workload) => {
    if (clean && !documentOf(read, workload.documentIndex).piece) {
      throw new Error(`no piece for document ${workload.documentIndex}`);
    }
    return { read, workload };
  });
}

/**
 * For `workload` of `read` (a reader's read): the link of every restricted violation gives the
 * whole-text ranges, and, unless `fix` is false, "Make restricted" the whole-text result.
 */
export function expectSpanLikeWhole(read: Manifest, workload: WorkloadRef, fix = true): void {
  const where = `${workload.kind} "${workload.name}" (document ${workload.documentIndex})`;
  const whole = parseManifest(read.text);
  const pod = { metadata: workload.podMetadata, spec: workload.podSpec };
  for (const violation of evaluatePod(pod, 'restricted', 'latest').violations) {
    expect(violationRanges(read, workload, violation), `${where}: ${violation.checkId}`).toEqual(
      violationRanges(whole, workload, violation),
    );
  }
  if (fix) expect(makeRestricted(read, workload), where).toEqual(makeRestricted(whole, workload));
}
