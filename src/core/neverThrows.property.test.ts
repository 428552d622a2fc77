import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCapsh } from './capsh.ts';
import { BAD_INPUTS } from '../../testing/badInputCases.ts';
import { parseManifest } from './manifest/parse.ts';
import { RUNTIME_IDS } from './model.ts';
import { simulate } from './process.ts';

// Pod-shaped texts whose values are anything: what a user mid-edit or a stranger's file holds.
const value = fc.oneof(
  fc.constantFrom(
    'null',
    '~',
    '5',
    '-1',
    '1e99',
    '"0"',
    'true',
    '[]',
    '{}',
    '[ALL]',
    '[5, {a: 1}]',
    'NET_ADMIN',
    '*x',
    '&x 1',
    '!!binary x',
    '{{ .Values }}',
  ),
  fc.string({ maxLength: 8 }),
);
const podText = fc
  .record({
    metadata: value,
    spec: fc.constantFrom('', '', '', 'spec: %v\n'),
    podSc: value,
    runAsUser: value,
    privileged: value,
    add: value,
    drop: value,
    name: fc.oneof({ arbitrary: fc.constant('c'), weight: 3 }, { arbitrary: value, weight: 1 }),
  })
  .map(
    (v) =>
      `apiVersion: v1\nkind: Pod\nmetadata: ${v.metadata}\n${v.spec.replace('%v', v.podSc)}spec:\n  securityContext: {runAsUser: ${v.runAsUser}, fsGroup: ${v.runAsUser}, supplementalGroups: ${v.add}}\n  containers:\n  - name: ${v.name}\n    securityContext:\n      privileged: ${v.privileged}\n      runAsUser: ${v.runAsUser}\n      capabilities: {add: ${v.add}, drop: ${v.drop}}\n`,
  );
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(...BAD_INPUTS.map((b) => b.text)),
  podText,
);

describe('the core never throws', () => {
  it('parseManifest, simulate on every container and runtime, formatCapsh: for any text', () => {
    let simulated = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const manifest = parseManifest(text);
        for (const workload of manifest.workloads) {
          for (const container of workload.containers) {
            for (const runtime of RUNTIME_IDS) {
              const result = simulate(manifest, container, runtime);
              simulated++;
              if (result.ok) expect(formatCapsh(result.state)).toMatch(/^Current: /);
              else expect(result.refusal.message).not.toBe('');
            }
          }
        }
      }),
      { numRuns: 500 },
    );
    // The generators must reach the simulation, not stop at the reader's problems.
    expect(simulated).toBeGreaterThan(30);
  });
});
