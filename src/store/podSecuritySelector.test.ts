// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { POLICY_VERSIONS } from '../core/psa/policyDefaults.ts';
import { createPodSecuritySelector } from './podSecuritySelector.ts';
import { freshStoreForEachTest } from '../../testing/freshStore.ts';

const useAppStore = freshStoreForEachTest();

const NAMESPACED = `apiVersion: v1
kind: Namespace
metadata:
  name: team
  labels:
    pod-security.kubernetes.io/enforce: baseline
    pod-security.kubernetes.io/enforce-version: v1.25
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: team
spec:
  hostNetwork: true
  containers:
    - name: app
      image: nginx
`;

describe('selectPodSecurity', () => {
  // Baseline allows only the runtimes' usual capabilities, and NET_ADMIN is not one of them.
  it('the example meets only privileged, and fails restricted for four reasons', () => {
    const view = createPodSecuritySelector()(useAppStore.getState());
    expect(view?.highest).toBe('privileged');
    expect(view?.target).toBe('restricted');
    expect(view?.targetSource).toBe('default');
    expect(view?.result.policy).toBe('restricted:latest');
    expect(view?.result.violations.map((v) => v.reason)).toEqual([
      'allowPrivilegeEscalation != false',
      'unrestricted capabilities',
      'runAsNonRoot != true',
      'seccompProfile',
    ]);
    expect(view?.meetsRestrictedLatest).toBe(false);
  });

  it('follows the picked level and version', () => {
    const select = createPodSecuritySelector();
    useAppStore.getState().setPsaTarget('baseline');
    useAppStore.getState().setPsaVersion('v1.0');
    const view = select(useAppStore.getState());
    expect(view?.targetSource).toBe('chosen');
    expect(view?.result.policy).toBe('baseline:v1.0');
    expect(view?.result.violations.map((v) => v.reason)).toEqual(['non-default capabilities']);
  });

  it('returns the same view for changes the pod does not depend on', () => {
    const select = createPodSecuritySelector();
    const initial = useAppStore.getState().analysis;
    const first = select(useAppStore.getState());
    useAppStore.getState().setRuntime('cri-o');
    expect(select(useAppStore.getState())).toBe(first);
    // A new parse with new objects, but the same pod: still no new evaluation.
    useAppStore.getState().setText(`# a comment\n${EXAMPLE_MANIFEST}`, { origin: 'typing' });
    expect(useAppStore.getState().analysis.workload).not.toBe(initial.workload);
    expect(select(useAppStore.getState())).toBe(first);
  });

  it('re-evaluates when the pod changes', () => {
    const select = createPodSecuritySelector();
    const first = select(useAppStore.getState());
    useAppStore.getState().toggleCapability('add', 'NET_ADMIN');
    const next = select(useAppStore.getState());
    expect(next).not.toBe(first);
    expect(next?.highest).toBe('baseline');
    expect(next?.result.violations).toHaveLength(4);
  });

  it("defaults target and version to the workload's Namespace enforce labels", () => {
    useAppStore.getState().loadText(NAMESPACED);
    const view = createPodSecuritySelector()(useAppStore.getState());
    expect(view?.namespace).toEqual({
      name: 'team',
      level: 'baseline',
      version: 'v1.25',
      problems: [],
    });
    expect(view?.targetSource).toBe('namespace');
    expect(view?.highest).toBe('privileged');
    expect(view?.result.policy).toBe('baseline:v1.25');
    expect(view?.result.violations.map((v) => v.reason)).toEqual(['host namespaces']);
  });

  it('is null without a workload', () => {
    useAppStore.getState().loadText('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n');
    expect(createPodSecuritySelector()(useAppStore.getState())).toBeNull();
  });
});

describe('POLICY_VERSIONS', () => {
  it('lists latest, then every version from the newest down to v1.0', () => {
    expect(POLICY_VERSIONS[0]).toBe('latest');
    expect(POLICY_VERSIONS[1]).toBe('v1.37');
    expect(POLICY_VERSIONS.at(-1)).toBe('v1.0');
    expect(POLICY_VERSIONS).toHaveLength(39);
  });
});
