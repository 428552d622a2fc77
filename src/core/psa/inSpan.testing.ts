/**
 * What the span tests of "Make restricted" and the violation links check (imported by tests only;
 * the `.testing.ts` name keeps it out of the test run itself): given the manifest reader's piece,
 * both give exactly what they give on the whole text.
 */
import { expect } from 'vitest';
import { createManifestReader, type DocumentSpan } from '../manifest/reader.ts';
import type { WorkloadRef } from '../model.ts';
import { evaluatePod } from './evaluate.ts';
import { makeRestricted } from './makeRestricted.ts';
import { violationRanges } from './violationRanges.ts';

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

/** The text read by a fresh reader, as the store's reader reads it: its workloads and spans. */
export function readInPieces(text: string): { workload: WorkloadRef; span: DocumentSpan }[] {
  const reader = createManifestReader();
  return reader.read(text).workloads.map((workload) => {
    const span = reader.documentSpan(text, workload.documentIndex);
    if (!span) throw new Error(`no span for document ${workload.documentIndex}`);
    return { workload, span };
  });
}

/**
 * For `workload` of `text` and its `span`: the link of every restricted violation gives the
 * whole-text ranges, and, unless `fix` is false, "Make restricted" the whole-text result.
 */
export function expectSpanLikeWhole(
  text: string,
  workload: WorkloadRef,
  span: DocumentSpan,
  fix = true,
): void {
  const where = `${workload.kind} "${workload.name}" (document ${workload.documentIndex})`;
  const pod = { metadata: workload.podMetadata, spec: workload.podSpec };
  for (const violation of evaluatePod(pod, 'restricted', 'latest').violations) {
    expect(
      violationRanges(text, workload, violation, span),
      `${where}: ${violation.checkId}`,
    ).toEqual(violationRanges(text, workload, violation));
  }
  if (fix)
    expect(makeRestricted(text, workload, span), where).toEqual(makeRestricted(text, workload));
}
