import { describe, expect, it } from 'vitest';
import { POLICY_VERSIONS, TARGET_LEVELS } from '../../core/psa/policyDefaults.ts';
import { levelOptions, versionOptions } from './psaWording.ts';

describe('picker options', () => {
  it('keep the known lists when the current value is among them', () => {
    expect(levelOptions(TARGET_LEVELS, 'baseline')).toBe(TARGET_LEVELS);
    expect(versionOptions(POLICY_VERSIONS, 'v1.25')).toBe(POLICY_VERSIONS);
  });

  it('offer a value a Namespace label set that the lists lack', () => {
    expect(levelOptions(TARGET_LEVELS, 'privileged')).toEqual([
      'privileged',
      'baseline',
      'restricted',
    ]);
    expect(versionOptions(POLICY_VERSIONS, 'v1.40').at(-1)).toBe('v1.40');
  });
});
