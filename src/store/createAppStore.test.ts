// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatCapsh } from '../core/capsh.ts';
import { defaultNode } from '../core/node/nodeProfile.ts';
import { replaceOnce } from '../../testing/replaceOnce.ts';
import { NOT_READ_BACK, STORAGE_KEY } from './createAppStore.ts';
import { LARGE_TEXT, PARSE_DELAY_MS } from './documentSlice.ts';
import { selectReadingText } from './textPhase.ts';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { freshStoreForEachTest } from '../../testing/freshStore.ts';
import { indexedDb, keptTexts } from '../../testing/idbKeyval.ts';

vi.mock('idb-keyval', () => import('../../testing/idbKeyval.ts'));

const useAppStore = freshStoreForEachTest();
beforeEach(() => indexedDb.reset());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The `Bounding set =` line's capability names. */
function bounding(): string[] {
  const line = capsh().split('\n')[1] ?? '';
  return line.replace('Bounding set =', '').split(',');
}

function capsh(): string {
  const sim = useAppStore.getState().analysis.simulation;
  if (!sim?.ok) throw new Error('expected a simulated process');
  return formatCapsh(sim.state);
}

describe('the example', () => {
  it('opens with mypod / myshell selected and NET_ADMIN added on containerd', () => {
    const s = useAppStore.getState();
    expect(s.text).toBe(EXAMPLE_MANIFEST);
    expect(s.runtime).toBe('containerd');
    expect(s.analysis.selection).toEqual({ workloadIndex: 0, type: 'container', name: 'myshell' });
    expect(s.analysis.request.add).toEqual(['NET_ADMIN']);
    expect(capsh()).toContain('cap_net_admin,cap_net_raw');
  });
});

describe('form actions', () => {
  it('toggleCapability edits only the capabilities node, as one form change', () => {
    useAppStore.getState().toggleCapability('drop', 'NET_RAW');
    const s = useAppStore.getState();
    expect(s.textOrigin).toBe('form');
    expect(s.text).toBe(EXAMPLE_MANIFEST + '          drop:\n            - NET_RAW\n');
    expect(s.analysis.request.drop).toEqual(['NET_RAW']);
    expect(bounding()).not.toContain('cap_net_raw');
    expect(bounding()).toContain('cap_net_admin');
  });

  it('removing the last added capability removes the emptied keys', () => {
    useAppStore.getState().toggleCapability('add', 'NET_ADMIN');
    expect(useAppStore.getState().text).toBe(
      EXAMPLE_MANIFEST.slice(0, EXAMPLE_MANIFEST.indexOf('      securityContext:')),
    );
    expect(useAppStore.getState().analysis.request.add).toEqual([]);
  });

  it('setPrivileged grants everything and can be undone by the form', () => {
    useAppStore.getState().setPrivileged(true);
    expect(useAppStore.getState().analysis.request.privileged).toBe(true);
    expect(capsh()).toMatch(/^Current: =ep\n/);
    useAppStore.getState().setPrivileged(false);
    expect(useAppStore.getState().text).toBe(EXAMPLE_MANIFEST);
  });
});

describe('invalid text', () => {
  it('keeps the last valid parse, reports where, and refuses form edits', () => {
    const valid = useAppStore.getState().analysis.manifest;
    const broken = replaceOnce(EXAMPLE_MANIFEST, 'name: mypod', 'name: [mypod');
    useAppStore.getState().setText(broken, { origin: 'typing' });
    let s = useAppStore.getState();
    expect(s.analysis.valid).toBe(false);
    expect(s.analysis.manifest).toBe(valid);
    expect(s.analysis.problems.length).toBeGreaterThan(0);
    expect(s.analysis.problems[0]?.line).toBeGreaterThan(0);

    s.toggleCapability('drop', 'NET_RAW');
    s = useAppStore.getState();
    expect(s.text).toBe(broken);
    expect(s.formError).toMatch(/read-only/);
  });

  it('a file opened while invalid keeps nothing of the previous document', () => {
    useAppStore.getState().loadText('kind: [');
    const s = useAppStore.getState();
    expect(s.analysis.valid).toBe(false);
    expect(s.analysis.manifest).toBeNull();
    expect(s.analysis.simulation).toBeNull();
  });
});

describe('debounced parse of large text', () => {
  it('never lets the parse of stale text win', () => {
    vi.useFakeTimers();
    const padding = `# ${'x'.repeat(LARGE_TEXT)}\n`;
    const big = padding + replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'bigpod');
    useAppStore.getState().setText(big, { origin: 'typing' });
    expect(useAppStore.getState().analysis.text).toBe(EXAMPLE_MANIFEST);
    const bigger = padding + replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'biggerpod');
    useAppStore.getState().setText(bigger, { origin: 'typing' });
    vi.advanceTimersByTime(PARSE_DELAY_MS);
    const s = useAppStore.getState();
    expect(s.analysis.text).toBe(bigger);
    expect(s.analysis.workload?.name).toBe('biggerpod');
  });

  it('a form action parses a pending text first', () => {
    vi.useFakeTimers();
    const big = `# ${'x'.repeat(LARGE_TEXT)}\n${EXAMPLE_MANIFEST}`;
    useAppStore.getState().setText(big, { origin: 'typing' });
    useAppStore.getState().toggleCapability('drop', 'NET_RAW');
    expect(useAppStore.getState().text).toBe(`${big}          drop:\n            - NET_RAW\n`);
  });
});

describe('selection and runtime', () => {
  const twoDocs = `${EXAMPLE_MANIFEST}---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
        - name: setup
          image: busybox
      containers:
        - name: app
          image: nginx
`;

  it('selects a container by workload, list and name, and re-simulates per runtime', () => {
    useAppStore.getState().loadText(twoDocs);
    useAppStore
      .getState()
      .selectContainer({ workloadIndex: 1, type: 'initContainer', name: 'setup' });
    expect(useAppStore.getState().analysis.container?.name).toBe('setup');
    useAppStore.getState().setRuntime('cri-o');
    expect(bounding()).not.toContain('cap_mknod');
    useAppStore.getState().setRuntime('containerd');
    expect(bounding()).toContain('cap_mknod');
  });

  it('keeps the selection when other documents change', () => {
    useAppStore.getState().loadText(twoDocs);
    useAppStore.getState().selectContainer({ workloadIndex: 1, type: 'container', name: 'app' });
    useAppStore.getState().setText(replaceOnce(twoDocs, 'mypod', 'yourpod'), { origin: 'typing' });
    expect(useAppStore.getState().analysis.container?.name).toBe('app');
  });
});

describe('persistence', () => {
  it('stores only the text and the preferences, with a version', () => {
    useAppStore.getState().setRuntime('docker');
    useAppStore.getState().toggleCapability('drop', 'NET_RAW');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    expect(saved).toEqual({
      state: {
        text: useAppStore.getState().text,
        runtime: 'docker',
        node: defaultNode('docker'),
        checklistOrder: 'number',
        psaTarget: null,
        psaVersion: null,
      },
      version: 1,
    });
  });

  it('writes a change of a preference alone', () => {
    const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null').state;
    useAppStore.getState().setChecklistOrder('risk');
    expect(stored().checklistOrder).toBe('risk');
    useAppStore.getState().setPsaTarget('baseline');
    expect(stored().psaTarget).toBe('baseline');
    useAppStore.getState().setPsaVersion('v1.25');
    expect(stored().psaVersion).toBe('v1.25');
  });

  it('restores each preference', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        state: {
          text: EXAMPLE_MANIFEST,
          runtime: 'cri-o',
          checklistOrder: 'name',
          psaTarget: 'baseline',
          psaVersion: 'v1.25',
        },
        version: 1,
      }),
    );
    await useAppStore.persist.rehydrate();
    const s = useAppStore.getState();
    expect(s.runtime).toBe('cri-o');
    expect(s.checklistOrder).toBe('name');
    expect(s.psaTarget).toBe('baseline');
    expect(s.psaVersion).toBe('v1.25');
  });

  it('restores following the Namespace label (null) over a level chosen before', async () => {
    useAppStore.getState().setPsaTarget('baseline');
    useAppStore.getState().setPsaVersion('v1.25');
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { psaTarget: null, psaVersion: null }, version: 1 }),
    );
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().psaTarget).toBeNull();
    expect(useAppStore.getState().psaVersion).toBeNull();
  });

  it('ignores preferences it does not know, keeping the rest', async () => {
    const text = replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'savedpod');
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        state: {
          text,
          runtime: 'docker',
          checklistOrder: 'alphabetical',
          psaTarget: 'strict',
          psaVersion: '1.25',
        },
        version: 1,
      }),
    );
    await useAppStore.persist.rehydrate();
    const s = useAppStore.getState();
    expect(s.text).toBe(text);
    expect(s.runtime).toBe('docker');
    expect(s.checklistOrder).toBe('number');
    expect(s.psaTarget).toBeNull();
    expect(s.psaVersion).toBeNull();
  });

  it('loads what an older build stored: the text and the runtime only', async () => {
    const text = replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'oldpod');
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { text, runtime: 'docker' }, version: 1 }),
    );
    await useAppStore.persist.rehydrate();
    const s = useAppStore.getState();
    expect(s.text).toBe(text);
    expect(s.runtime).toBe('docker');
    expect(s.analysis.workload?.name).toBe('oldpod');
    expect(s.checklistOrder).toBe('number');
    expect(s.psaTarget).toBeNull();
  });

  it('rehydrates the text and derives its analysis; ignores a bad runtime', async () => {
    const text = replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'savedpod');
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { text, runtime: 'rkt' }, version: 1 }),
    );
    await useAppStore.persist.rehydrate();
    const s = useAppStore.getState();
    expect(s.text).toBe(text);
    expect(s.runtime).toBe('containerd');
    expect(s.analysis.workload?.name).toBe('savedpod');
  });

  it('ignores corrupt JSON in storage and keeps what it has', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"text": "kind: Pod');
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().text).toBe(EXAMPLE_MANIFEST);
  });

  it('a write the browser refuses does not break the action; with IndexedDB failing too, it is announced once', async () => {
    indexedDb.failing = true;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      expect(() => useAppStore.getState().setRuntime('docker')).not.toThrow();
      expect(useAppStore.getState().runtime).toBe('docker');
      await settled();
      const { status } = useAppStore.getState();
      expect(status.isError).toBe(true);
      expect(status.message).toBe(
        'This text is too large to keep across reloads (1 kB); Download it to keep it.',
      );
      useAppStore.getState().toggleCapability('drop', 'NET_RAW');
      await settled();
      expect(useAppStore.getState().status).toBe(status);
    } finally {
      vi.restoreAllMocks();
    }
    // Writing works again: the next text is stored (the one refused is not offered again).
    useAppStore.getState().setRuntime('cri-o');
    useAppStore.getState().toggleCapability('drop', 'NET_RAW');
    expect(storedState()).toMatchObject({ text: EXAMPLE_MANIFEST, runtime: 'cri-o' });
  });

  it('resetToExample restores the embedded example as a load', () => {
    useAppStore.getState().setText('kind: Pod\n', { origin: 'typing' });
    useAppStore.getState().resetToExample();
    expect(useAppStore.getState().text).toBe(EXAMPLE_MANIFEST);
    expect(useAppStore.getState().textOrigin).toBe('load');
  });
});

/** Lets every pending promise settle (the IndexedDB stand-in answers in microtasks). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Like Chromium's quota, scaled down: a stored value over 10,000 characters is refused. */
function smallQuota() {
  const real = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
    this: Storage,
    key: string,
    value: string,
  ) {
    if (value.length > 10_000) throw new DOMException('full', 'QuotaExceededError');
    real.call(this, key, value);
  });
}

/** A text over the small quota, not yet a large text (so written at once, not debounced). */
const big = `# ${'x'.repeat(12_000)}\n${replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'bigpod')}`;

const storedState = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null').state;

/** localStorage as a page with `big` in IndexedDB left it. */
function keptInIndexedDb(preferences: Record<string, unknown>, marker: unknown = big.length) {
  keptTexts.set(STORAGE_KEY, big);
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      state: { ...preferences, textIn: 'indexeddb', textLength: marker },
      version: 1,
    }),
  );
}

describe('a text too large for localStorage', () => {
  it('goes to IndexedDB; localStorage keeps the preferences and a marker; nothing is told', async () => {
    smallQuota();
    useAppStore.getState().setRuntime('docker');
    useAppStore.getState().loadText(big);
    await settled();
    expect(keptTexts.get(STORAGE_KEY)).toBe(big);
    expect(storedState()).toEqual({
      runtime: 'docker',
      node: defaultNode('docker'),
      checklistOrder: 'number',
      psaTarget: null,
      psaVersion: null,
      textIn: 'indexeddb',
      textLength: big.length,
    });
    expect(useAppStore.getState().status.message).toBe('');
  });

  it('moves back to localStorage with a later text that fits, and the IndexedDB copy is deleted', async () => {
    smallQuota();
    useAppStore.getState().loadText(big);
    await settled();
    useAppStore.getState().resetToExample();
    expect(storedState().text).toBe(EXAMPLE_MANIFEST);
    expect(storedState().textIn).toBeUndefined();
    await settled();
    expect(keptTexts.has(STORAGE_KEY)).toBe(false);
    expect(indexedDb.calls).toEqual(['set podcaps', 'del podcaps']);
  });

  it('is read back on startup: being read meanwhile, then the text, its analysis and the preferences', async () => {
    smallQuota();
    keptInIndexedDb({ runtime: 'cri-o', checklistOrder: 'risk', psaTarget: 'baseline' });
    await useAppStore.persist.rehydrate();
    let s = useAppStore.getState();
    expect(s.phase).toBe('restoring');
    expect(selectReadingText(s)).toBe(true);
    expect(s.text).toBe('');
    expect(s.analysis.manifest).toBeNull();
    expect(s.analysis.simulation).toBeNull();
    expect(s.runtime).toBe('cri-o');
    // A preference changed meanwhile is kept beside the marker, not over the text.
    s.setPsaVersion('v1.25');
    expect(storedState()).toEqual({
      runtime: 'cri-o',
      node: defaultNode('cri-o'),
      checklistOrder: 'risk',
      psaTarget: 'baseline',
      psaVersion: 'v1.25',
      textIn: 'indexeddb',
      textLength: big.length,
    });

    await settled();
    s = useAppStore.getState();
    expect(s.phase).not.toBe('restoring');
    expect(selectReadingText(s)).toBe(false);
    expect(s.text).toBe(big);
    expect(s.textOrigin).toBe('load');
    expect(s.analysis.workload?.name).toBe('bigpod');
    expect(s.runtime).toBe('cri-o');
    expect(capsh()).toContain('cap_net_admin');
    expect(s.checklistOrder).toBe('risk');
    expect(s.psaTarget).toBe('baseline');
    expect(s.psaVersion).toBe('v1.25');
    expect(s.status.message).toBe('');
    expect(keptTexts.get(STORAGE_KEY)).toBe(big);
  });

  it('a form action while the text is read back waits for it and says so', async () => {
    smallQuota();
    keptInIndexedDb({ runtime: 'cri-o' });
    await useAppStore.persist.rehydrate();
    useAppStore.getState().toggleCapability('add', 'SYS_TIME');
    expect(useAppStore.getState().status.message).toBe(
      'Still reading the manifest: try again in a moment.',
    );
    expect(useAppStore.getState().text).toBe('');
    await settled();
    expect(useAppStore.getState().text).toBe(big);
  });

  it('opens the example, with the preferences, and says why when IndexedDB holds nothing', async () => {
    keptInIndexedDb({ runtime: 'docker' });
    keptTexts.clear();
    await useAppStore.persist.rehydrate();
    await settled();
    const s = useAppStore.getState();
    expect(s.phase).not.toBe('restoring');
    expect(s.text).toBe(EXAMPLE_MANIFEST);
    expect(s.analysis.workload?.name).toBe('mypod');
    expect(s.runtime).toBe('docker');
    expect(s.status).toMatchObject({ message: NOT_READ_BACK, isError: true });
    expect(NOT_READ_BACK).toBe(
      'The manifest from last time could not be read back; showing the example.',
    );
    expect(storedState().text).toBe(EXAMPLE_MANIFEST);
  });

  it('opens the example and says why when IndexedDB fails', async () => {
    keptInIndexedDb({ runtime: 'docker' });
    indexedDb.failing = true;
    await useAppStore.persist.rehydrate();
    await settled();
    const s = useAppStore.getState();
    expect(s.text).toBe(EXAMPLE_MANIFEST);
    expect(s.analysis.workload?.name).toBe('mypod');
    expect(s.status).toMatchObject({ message: NOT_READ_BACK, isError: true });
  });

  it('ignores a corrupt marker: the example and the preferences, nothing read, nothing told', async () => {
    keptInIndexedDb({ runtime: 'docker' }, 'lots');
    await useAppStore.persist.rehydrate();
    await settled();
    const s = useAppStore.getState();
    expect(s.phase).not.toBe('restoring');
    expect(s.text).toBe(EXAMPLE_MANIFEST);
    expect(s.analysis.workload?.name).toBe('mypod');
    expect(s.runtime).toBe('docker');
    expect(s.status.message).toBe('');
    expect(indexedDb.calls).toEqual([]);
  });

  it('a text stored in localStorage wins over a marker beside it', async () => {
    const text = replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'savedpod');
    keptTexts.set(STORAGE_KEY, big);
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { text, textIn: 'indexeddb', textLength: big.length }, version: 1 }),
    );
    await useAppStore.persist.rehydrate();
    await settled();
    expect(useAppStore.getState().text).toBe(text);
    expect(indexedDb.calls).toEqual([]);
  });

  it('a file opened while the text is read back wins over it', async () => {
    keptInIndexedDb({});
    await useAppStore.persist.rehydrate();
    const opened = replaceOnce(EXAMPLE_MANIFEST, 'mypod', 'opened');
    useAppStore.getState().loadText(opened);
    await settled();
    const s = useAppStore.getState();
    expect(s.text).toBe(opened);
    expect(s.analysis.workload?.name).toBe('opened');
    expect(s.status.message).toBe('');
    expect(storedState().text).toBe(opened);
  });
});
