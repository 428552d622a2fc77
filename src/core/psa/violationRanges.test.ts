import { describe, expect, test } from 'vitest';
import { parseManifest } from '../manifest/parse.ts';
import type { WorkloadRef } from '../model.ts';
import { evaluatePod } from './evaluate.ts';
import type { PsaViolation } from './types.ts';
import { violationRange, violationRanges } from './violationRanges.ts';

const CLASSIC = `apiVersion: v1
kind: Pod
metadata:
  name: mypod
spec:
  hostNetwork: true # for the demo
  containers:
    - name: myshell
      image: "ubuntu:14.04"
      securityContext:
        capabilities:
          add:
            - NET_ADMIN
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
    container.apparmor.security.beta.kubernetes.io/app: unconfined
spec:
  template:
    metadata:
      annotations:
        container.apparmor.security.beta.kubernetes.io/app: unconfined
    spec:
      containers:
        - name: app
          image: nginx
      volumes:
        - name: host
          hostPath:
            path: /var/run
`;

function workloadOf(text: string): WorkloadRef {
  const workload = parseManifest(text).workloads[0];
  if (!workload) throw new Error('no workload');
  return workload;
}

/** The restricted:latest violation with this check ID. */
function violation(text: string, checkId: string): PsaViolation {
  const w = workloadOf(text);
  const found = evaluatePod(
    { metadata: w.podMetadata, spec: w.podSpec },
    'restricted',
    'latest',
  ).violations.find((v) => v.checkId === checkId);
  if (!found) throw new Error(`no ${checkId} violation`);
  return found;
}

/** The text each range of the violation selects. */
function selected(text: string, checkId: string): string[] {
  return violationRanges(parseManifest(text), workloadOf(text), violation(text, checkId)).map((r) =>
    text.slice(r.start, r.end),
  );
}

describe('violationRanges', () => {
  test('a present setting is selected with its key, without a trailing comment', () => {
    expect(selected(CLASSIC, 'hostNamespaces')).toEqual(['hostNetwork: true']);
  });

  test('a missing drop list selects the capabilities to add it to; the add list is selected too', () => {
    expect(selected(CLASSIC, 'capabilities_restricted')).toEqual([
      `capabilities:
          add:
            - NET_ADMIN`,
      `add:
            - NET_ADMIN`,
    ]);
  });

  test('a missing allowPrivilegeEscalation selects the securityContext it belongs in', () => {
    expect(selected(CLASSIC, 'allowPrivilegeEscalation')).toEqual([
      `securityContext:
        capabilities:
          add:
            - NET_ADMIN`,
    ]);
  });

  test('a check about the whole container selects the container', () => {
    expect(selected(CLASSIC, 'runAsNonRoot')).toEqual([
      `name: myshell
      image: "ubuntu:14.04"
      securityContext:
        capabilities:
          add:
            - NET_ADMIN`,
    ]);
  });

  test("a controller's paths resolve under its template, metadata paths under the template's metadata", () => {
    expect(selected(DEPLOYMENT, 'restrictedVolumes')).toEqual([
      `hostPath:
            path: /var/run`,
    ]);
    const apparmor = violation(DEPLOYMENT, 'appArmorProfile');
    const range = violationRange(parseManifest(DEPLOYMENT), workloadOf(DEPLOYMENT), apparmor);
    const inTemplate = DEPLOYMENT.lastIndexOf('container.apparmor');
    expect(range).toEqual({
      start: inTemplate,
      end: inTemplate + 'container.apparmor.security.beta.kubernetes.io/app: unconfined'.length,
    });
  });

  test('a path with no existing part below the pod spec selects the pod spec', () => {
    const text = `kind: Pod
metadata:
  name: p
spec:
  containers: []
`;
    const missing: PsaViolation = {
      checkId: 'seccompProfile_restricted',
      reason: 'seccompProfile',
      detail: '',
      paths: [['securityContext', 'seccompProfile', 'type']],
    };
    const range = violationRange(parseManifest(text), workloadOf(text), missing);
    expect(range && text.slice(range.start, range.end)).toBe('spec:\n  containers: []');
  });

  test('no range for a violation without paths, or for text that no longer parses', () => {
    const bare: PsaViolation = { checkId: 'x', reason: 'x', detail: '' };
    expect(violationRange(parseManifest(CLASSIC), workloadOf(CLASSIC), bare)).toBeNull();
    const hostNetwork = violation(CLASSIC, 'hostNamespaces');
    expect(
      violationRanges(parseManifest(`${CLASSIC}  bad: [\n`), workloadOf(CLASSIC), hostNetwork),
    ).toEqual([]);
  });
});
