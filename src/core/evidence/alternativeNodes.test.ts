import { describe, expect, it } from 'vitest';
import { formatCapsh } from '../capsh.ts';
import { testPod } from '../../../testing/testPod.ts';
import { DEFAULT_NODE, type NodeProfile } from '../node/nodeProfile.ts';
import { simulate } from '../process.ts';
import { alternativeSimulations } from './alternativeNodes.ts';
import { compareWithContainer } from './compare.ts';
import { parseContainerOutput } from './observed.ts';

function printedOn(node: NodeProfile, sc: Record<string, unknown>): string {
  const { manifest, container } = testPod(sc);
  const result = simulate(manifest, container, node);
  if (!result.ok) throw new Error(result.refusal.message);
  return formatCapsh(result.state);
}

function agreeing(observedOn: NodeProfile, sc: Record<string, unknown>): readonly string[] {
  const { manifest, container } = testPod(sc);
  const here = simulate(manifest, container, DEFAULT_NODE);
  if (!here.ok) throw new Error('refused');
  const observed = parseContainerOutput(printedOn(observedOn, sc));
  const alternatives = alternativeSimulations(manifest, container, DEFAULT_NODE);
  return compareWithContainer(observed, here.state, alternatives).agreeing;
}

describe('the node-profile change that would make a real container agree', () => {
  it('names the kernel when a privileged container stops at AUDIT_READ on 5.4', () => {
    // Docker 20.10 stops at AUDIT_READ too: the same sets, so both are named.
    const labels = agreeing({ ...DEFAULT_NODE, kernel: '5.4' }, { privileged: true });
    expect(labels).toEqual(['Docker 20.10', 'Linux 4.18 or Linux 5.4']);
  });
  it('names CRI-O, every version at once, for CRI-O defaults', () => {
    expect(agreeing({ ...DEFAULT_NODE, runtime: 'cri-o', runtimeVersion: '1.30' }, {})).toEqual([
      'CRI-O',
    ]);
  });
});
