// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { DEFAULT_NODE, defaultNode } from '../core/node/nodeProfile.ts';
import { simulate } from '../core/process.ts';
import { replaceOnce } from '../../testing/replaceOnce.ts';
import { STORAGE_KEY } from './createAppStore.ts';
import { freshStoreForEachTest } from '../../testing/freshStore.ts';
import { selectComparison, selectWarnings } from './inspectionSelectors.ts';
import { createPodSecuritySelector } from './podSecuritySelector.ts';

const useAppStore = freshStoreForEachTest();

const PRIVILEGED = replaceOnce(
  EXAMPLE_MANIFEST,
  '        capabilities:\n          add:\n            - NET_ADMIN\n',
  '        privileged: true\n',
);

function storedState(): Record<string, unknown> {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null').state;
}

async function rehydrateFrom(state: Record<string, unknown>) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state, version: 1 }));
  await useAppStore.persist.rehydrate();
  return useAppStore.getState();
}

describe('the node profile', () => {
  it('starts at the default node: containerd 2.3, runc 1.5, Linux 6.12, Kubernetes 1.37', () => {
    const s = useAppStore.getState();
    expect(s.node).toEqual(DEFAULT_NODE);
    expect(s.node).toEqual({
      runtime: 'containerd',
      runtimeVersion: '2.3',
      ociRuntime: 'runc',
      ociRuntimeVersion: '1.5',
      kernel: '6.12',
      kubernetes: '1.37',
    });
    expect(s.runtime).toBe('containerd');
  });

  it("switches the runtime to that runtime's newest version, keeping the other axes", () => {
    const s = useAppStore.getState();
    s.setNode({ kernel: '5.4', runtimeVersion: '1.7' });
    s.setRuntime('docker');
    expect(useAppStore.getState().node).toEqual({ ...defaultNode('docker'), kernel: '5.4' });
    expect(useAppStore.getState().runtime).toBe('docker');
    useAppStore.getState().setNode({ runtimeVersion: '20.10' });
    useAppStore.getState().setRuntime('docker');
    expect(useAppStore.getState().node.runtimeVersion).toBe('20.10');
  });

  it('ignores a runtime version the runtime does not have', () => {
    useAppStore.getState().setNode({ runtimeVersion: '1.7' });
    useAppStore.getState().setNode({ runtimeVersion: '20.10' });
    expect(useAppStore.getState().node.runtimeVersion).toBe('1.7');
  });

  it('simulates, warns and compares on the chosen node', () => {
    const s = useAppStore.getState();
    s.loadText(PRIVILEGED);
    const warningsBefore = selectWarnings(useAppStore.getState());
    useAppStore.getState().setNode({ runtime: 'docker', runtimeVersion: '20.10', kernel: '5.4' });
    const after = useAppStore.getState();
    const { manifest, container } = after.analysis;
    if (!manifest || !container) throw new Error('expected the privileged pod');
    expect(after.analysis.simulation).toEqual(simulate(manifest, container, after.node));
    expect(selectWarnings(after)).not.toBe(warningsBefore);
    const comparison = selectComparison(after);
    // The other runtimes at their newest, on the same kernel; in the usual runtime order.
    expect(comparison?.columns.map((c) => c.node)).toEqual([
      { ...after.node, runtime: 'containerd', runtimeVersion: '2.3' },
      { ...after.node, runtime: 'cri-o', runtimeVersion: '1.36' },
      after.node,
    ]);
    const other = { ...after.node, kernel: '6.12' };
    expect(selectComparison(after, other)?.columns.map((c) => c.node)).toEqual([after.node, other]);
  });

  it('holds a pod to the policy version of its Kubernetes unless one is chosen', () => {
    const select = createPodSecuritySelector();
    expect(select(useAppStore.getState())?.result.policy).toBe('restricted:latest');
    useAppStore.getState().setNode({ kubernetes: '1.33' });
    expect(select(useAppStore.getState())?.version).toBe('v1.33');
    expect(select(useAppStore.getState())?.result.policy).toBe('restricted:v1.33');
    useAppStore.getState().setPsaVersion('v1.30');
    expect(select(useAppStore.getState())?.version).toBe('v1.30');
    useAppStore.getState().setPsaVersion('latest');
    expect(select(useAppStore.getState())?.version).toBe('latest');
  });

  it('lets the Namespace label name the version over the Kubernetes version', () => {
    const select = createPodSecuritySelector();
    useAppStore.getState().setNode({ kubernetes: '1.33' });
    useAppStore
      .getState()
      .loadText(
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n  labels:\n' +
          '    pod-security.kubernetes.io/enforce: baseline\n' +
          '    pod-security.kubernetes.io/enforce-version: v1.29\n---\n' +
          replaceOnce(EXAMPLE_MANIFEST, '  name: mypod\n', '  name: mypod\n  namespace: team\n'),
      );
    expect(select(useAppStore.getState())?.version).toBe('v1.29');
  });
});

describe('the node profile across reloads', () => {
  it('is stored whole, beside the runtime alone for older builds', () => {
    useAppStore.getState().setNode({ runtimeVersion: '1.7', kernel: '5.4' });
    expect(storedState()).toMatchObject({
      runtime: 'containerd',
      node: { ...DEFAULT_NODE, runtimeVersion: '1.7', kernel: '5.4' },
    });
  });

  it('comes back from storage, and the simulation with it', async () => {
    const node = { ...defaultNode('docker'), runtimeVersion: '20.10', kubernetes: '1.33' };
    const s = await rehydrateFrom({ text: PRIVILEGED, runtime: 'docker', node });
    expect(s.node).toEqual(node);
    expect(s.runtime).toBe('docker');
    const { manifest, container } = s.analysis;
    if (!manifest || !container) throw new Error('expected the privileged pod');
    expect(s.analysis.simulation).toEqual(simulate(manifest, container, node));
  });

  it('from an older build that stored the runtime alone is that runtime’s default node', async () => {
    const s = await rehydrateFrom({ text: EXAMPLE_MANIFEST, runtime: 'cri-o' });
    expect(s.node).toEqual(defaultNode('cri-o'));
  });

  it('keeps the valid fields of a stored profile and defaults the rest', async () => {
    const s = await rehydrateFrom({
      text: EXAMPLE_MANIFEST,
      node: { runtime: 'containerd', runtimeVersion: '1.7', kernel: '3.10', kubernetes: 7 },
    });
    expect(s.node).toEqual({ ...DEFAULT_NODE, runtimeVersion: '1.7' });
  });

  it('ignores a stored profile of an unknown runtime', async () => {
    const s = await rehydrateFrom({ text: EXAMPLE_MANIFEST, node: { runtime: 'rkt' } });
    expect(s.node).toEqual(DEFAULT_NODE);
  });
});
