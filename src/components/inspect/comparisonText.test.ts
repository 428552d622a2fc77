import { describe, expect, it } from 'vitest';
import { capabilityByName } from '../../core/capabilityCatalog.ts';
import { differenceText, perColumnText } from './comparisonText.ts';

const NET_RAW = capabilityByName('NET_RAW');
if (!NET_RAW) throw new Error('NET_RAW is in the catalog');
const RUNTIMES = ['containerd', 'CRI-O', 'Docker'];

describe('comparison text', () => {
  it('states each column in order, a refusal in words', () => {
    expect(perColumnText(RUNTIMES, [true, null, false])).toBe(
      'containerd ✓, CRI-O refused, Docker ✗',
    );
  });

  it('adds the effective set only when it disagrees differently', () => {
    const bounding = [true, false, true];
    expect(differenceText(RUNTIMES, { capability: NET_RAW, bounding, effective: bounding })).toBe(
      'NET_RAW — containerd ✓, CRI-O ✗, Docker ✓',
    );
    const effective = [false, true, false];
    expect(differenceText(RUNTIMES, { capability: NET_RAW, bounding, effective })).toBe(
      'NET_RAW — containerd ✓, CRI-O ✗, Docker ✓; effective: containerd ✗, CRI-O ✓, Docker ✗',
    );
  });

  it('names two profiles by what tells them apart', () => {
    expect(perColumnText(['containerd 2.3', 'containerd 1.7'], [true, false])).toBe(
      'containerd 2.3 ✓, containerd 1.7 ✗',
    );
  });
});
