// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateManifest } from '../../bench/generate.ts';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { documentOf } from '../core/manifest/documentHandle.ts';
import { parseManifest } from '../core/manifest/parse.ts';
import { evaluatePod } from '../core/psa/evaluate.ts';
import { makeRestricted } from '../core/psa/makeRestricted.ts';
import { violationRange } from '../core/psa/violationRanges.ts';
import { replaceOnce } from '../../testing/replaceOnce.ts';
import { keyOf } from '../core/analysis/containerKey.ts';
import { freshStoreForEachTest } from '../../testing/freshStore.ts';
import { BLOCK_MESSAGES } from './textPhase.ts';

const useAppStore = freshStoreForEachTest();

function restrictedViolations() {
  const s = useAppStore.getState();
  if (!s.analysis.workload) throw new Error('no workload');
  const pod = { metadata: s.analysis.workload.podMetadata, spec: s.analysis.workload.podSpec };
  return evaluatePod(pod, 'restricted', 'latest').violations;
}

const HOST_NETWORK = `# keep me
apiVersion: v1
kind: Pod
metadata:
  name: net
spec:
  hostNetwork: true
  containers:
    - name: app
      image: nginx
`;

// A container near the top and the pod's securityContext at the bottom, an env list between.
const FAR_APART = `apiVersion: v1
kind: Pod
metadata:
  name: twonodes
spec:
  containers:
    - name: app
      image: nginx
      securityContext:
        allowPrivilegeEscalation: false
      env:
        - name: FIRST
          value: "1"
  securityContext:
    runAsNonRoot: true
`;

describe('makeWorkloadRestricted', () => {
  it('hands the editor the core’s edits: two nodes, nothing between them', async () => {
    useAppStore.getState().loadText(FAR_APART);
    await useAppStore.getState().makeWorkloadRestricted();
    const s = useAppStore.getState();
    const between = FAR_APART.indexOf('      env:');
    const after = FAR_APART.indexOf('  securityContext:\n    runAsNonRoot');
    expect(s.textOrigin).toBe('form');
    expect(s.textEdits?.map((e) => [e.start, e.end])).toEqual([
      [between, between],
      [FAR_APART.length, FAR_APART.length],
    ]);
    expect(s.textEdits?.every((e) => e.end <= between || e.start >= after)).toBe(true);
    let rebuilt = FAR_APART;
    for (const e of [...(s.textEdits ?? [])].reverse()) {
      rebuilt = rebuilt.slice(0, e.start) + e.insert + rebuilt.slice(e.end);
    }
    expect(rebuilt).toBe(s.text);
  });

  it('fixes the example as one form change and reports what it did', async () => {
    await useAppStore.getState().makeWorkloadRestricted();
    const s = useAppStore.getState();
    expect(s.textOrigin).toBe('form');
    expect(s.text).toContain('          drop:\n            - ALL\n');
    expect(
      s.text.startsWith(
        EXAMPLE_MANIFEST.slice(0, EXAMPLE_MANIFEST.indexOf('        capabilities:')),
      ),
    ).toBe(true);
    expect(restrictedViolations()).toEqual([]);
    expect(s.restrictedReport?.text).toBe(s.text);
    expect(s.restrictedReport?.applied.length).toBeGreaterThan(0);
    expect(s.restrictedReport?.cannotFix).toEqual([]);
  });

  it('leaves what it cannot fix to the user, and says so', async () => {
    useAppStore.getState().loadText(HOST_NETWORK);
    await useAppStore.getState().makeWorkloadRestricted();
    const s = useAppStore.getState();
    expect(s.text.startsWith('# keep me\n')).toBe(true);
    expect(s.text).toContain('hostNetwork: true');
    expect(s.restrictedReport?.cannotFix).toHaveLength(1);
    expect(s.restrictedReport?.cannotFix[0]).toMatch(/hostNetwork/);
  });

  it('refuses while the YAML is invalid and keeps the text', async () => {
    const broken = `${EXAMPLE_MANIFEST}  bad: [\n`;
    useAppStore.getState().setText(broken, { origin: 'typing' });
    await useAppStore.getState().makeWorkloadRestricted();
    const s = useAppStore.getState();
    expect(s.text).toBe(broken);
    expect(s.restrictedReport).toBeNull();
    expect(s.status).toMatchObject({ message: BLOCK_MESSAGES.invalid, isError: true });
  });
});

/**
 * A generated multi-document manifest, loaded, with a workload in its middle selected: the reader
 * read it in pieces. Returns that workload and the piece its document handle works on.
 */
function loadMiddleWorkload(text: string) {
  useAppStore.getState().loadText(text);
  const manifest = useAppStore.getState().analysis.manifest;
  const workloads = manifest?.workloads ?? [];
  const middle = workloads[workloads.length >> 1];
  const first = middle?.containers[0];
  if (!manifest || !middle || !first) throw new Error('no middle workload');
  useAppStore.getState().selectContainer(keyOf(first));
  expect(useAppStore.getState().analysis.workload).toBe(middle);
  // The store's reader read it: the analysis' manifest has handles on the reader's pieces.
  const piece = documentOf(manifest, middle.documentIndex).piece;
  return { workload: middle, piece };
}

describe('the Pod Security actions on a manifest read in pieces', () => {
  const text = generateManifest(60_000);
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('Make restricted edits through the workload’s document handle, with the whole-text result', async () => {
    const { workload, piece } = loadMiddleWorkload(text);
    const whole = makeRestricted(parseManifest(text), workload);
    if (!whole.ok) throw new Error(whole.error);
    expect(whole.text).not.toBe(text);
    expect(piece && piece.end - piece.start).toBeLessThan(text.length / 8);
    await useAppStore.getState().makeWorkloadRestricted();
    const s = useAppStore.getState();
    expect(s.text).toBe(whole.text);
    expect(s.textOrigin).toBe('form');
    expect(s.restrictedReport).toMatchObject({
      applied: whole.applied,
      cannotFix: whole.cannotFix,
    });
  });

  it('a violation link selects the whole-text range through the workload’s document handle', async () => {
    const { workload, piece } = loadMiddleWorkload(text);
    const pod = { metadata: workload.podMetadata, spec: workload.podSpec };
    const [violation] = evaluatePod(pod, 'restricted', 'latest').violations;
    if (!violation) throw new Error('expected a violation');
    await useAppStore.getState().revealViolation(violation);
    const range = violationRange(parseManifest(text), workload, violation);
    expect(range && piece && range.start >= piece.start && range.end <= piece.end).toBe(true);
    expect(useAppStore.getState().revealRequest).toMatchObject(range ?? {});
  });

  it('a YAML error in another document: both refuse as before, and the text stays', async () => {
    const { workload } = loadMiddleWorkload(text);
    const pod = { metadata: workload.podMetadata, spec: workload.podSpec };
    const [violation] = evaluatePod(pod, 'restricted', 'latest').violations;
    if (!violation) throw new Error('expected a violation');
    // The first document's labels become an open flow mapping; the middle piece cannot see it.
    const broken = replaceOnce(text, '  labels:\n    app: app-0', '  labels: {app: app-0');
    expect(broken).not.toBe(text);
    useAppStore.getState().setText(broken, { origin: 'typing' });
    expect(makeRestricted(parseManifest(broken), workload)).toMatchObject({ ok: false });
    await useAppStore.getState().makeWorkloadRestricted();
    expect(useAppStore.getState().text).toBe(broken);
    expect(useAppStore.getState().restrictedReport).toBeNull();
    expect(useAppStore.getState().status).toMatchObject({
      message: BLOCK_MESSAGES.invalid,
      isError: true,
    });
    await useAppStore.getState().revealViolation(violation);
    expect(useAppStore.getState().revealRequest).toBeNull();
  });
});

describe('revealViolation', () => {
  it('asks the editor to select the node the violation names', async () => {
    const violation = restrictedViolations().find((v) => v.reason === 'unrestricted capabilities');
    if (!violation) throw new Error('expected unrestricted capabilities');
    await useAppStore.getState().revealViolation(violation);
    const request = useAppStore.getState().revealRequest;
    if (!request) throw new Error('expected a reveal request');
    // The missing `drop` would go under `capabilities`, so that is the node selected.
    expect(EXAMPLE_MANIFEST.slice(request.start, request.end)).toBe(
      'capabilities:\n          add:\n            - NET_ADMIN',
    );
  });

  it('does not reveal offsets of a stale parse', async () => {
    const [violation] = restrictedViolations();
    if (!violation) throw new Error('expected a violation');
    useAppStore.getState().setText(`${EXAMPLE_MANIFEST}  bad: [\n`, { origin: 'typing' });
    await useAppStore.getState().revealViolation(violation);
    expect(useAppStore.getState().revealRequest).toBeNull();
    expect(useAppStore.getState().status.isError).toBe(true);
  });
});
