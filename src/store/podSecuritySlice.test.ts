// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluatePod } from '../core/psa/evaluate.ts';
import { useAppStore } from './appStore.ts';
import { EXAMPLE_MANIFEST } from '../core/example.ts';

const initial = useAppStore.getInitialState();
beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(initial, true);
});

function restrictedViolations() {
  const s = useAppStore.getState();
  if (!s.workload) throw new Error('no workload');
  const pod = { metadata: s.workload.podMetadata, spec: s.workload.podSpec };
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

describe('makeWorkloadRestricted', () => {
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
    useAppStore.getState().setText(broken, 'typing');
    await useAppStore.getState().makeWorkloadRestricted();
    const s = useAppStore.getState();
    expect(s.text).toBe(broken);
    expect(s.restrictedReport).toBeNull();
    expect(s.status).toMatchObject({ message: 'Fix the YAML first.', isError: true });
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
    useAppStore.getState().setText(`${EXAMPLE_MANIFEST}  bad: [\n`, 'typing');
    await useAppStore.getState().revealViolation(violation);
    expect(useAppStore.getState().revealRequest).toBeNull();
    expect(useAppStore.getState().status.isError).toBe(true);
  });
});
