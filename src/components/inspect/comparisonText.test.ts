import { describe, expect, it } from 'vitest';
import { capabilityByName } from '../../core/capabilities.ts';
import { differenceText, perRuntimeText } from './comparisonText.ts';

const NET_RAW = capabilityByName('NET_RAW');
if (!NET_RAW) throw new Error('NET_RAW is in the catalog');

describe('comparison text', () => {
  it('states each runtime in order, a refusal in words', () => {
    expect(perRuntimeText({ containerd: true, 'cri-o': null, docker: false })).toBe(
      'containerd ✓, CRI-O refused, Docker ✗',
    );
  });

  it('adds the effective set only when it disagrees differently', () => {
    const bounding = { containerd: true, 'cri-o': false, docker: true };
    expect(differenceText({ capability: NET_RAW, bounding, effective: bounding })).toBe(
      'NET_RAW — containerd ✓, CRI-O ✗, Docker ✓',
    );
    const effective = { containerd: false, 'cri-o': true, docker: false };
    expect(differenceText({ capability: NET_RAW, bounding, effective })).toBe(
      'NET_RAW — containerd ✓, CRI-O ✗, Docker ✓; effective: containerd ✗, CRI-O ✓, Docker ✗',
    );
  });
});
