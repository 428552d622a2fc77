import { describe, expect, it } from 'vitest';
import { FULL_MASK, bit, maskToNames, maskToNumbers, namesToMask } from './capmask.ts';

describe('capability masks', () => {
  it('covers exactly 41 capabilities when full', () => {
    expect(maskToNumbers(FULL_MASK)).toHaveLength(41);
    expect(FULL_MASK).toBe(0x1ffffffffffn);
  });

  it('round-trips names in number order and ignores unknown names', () => {
    const mask = namesToMask(['NET_ADMIN', 'CHOWN', 'NOPE', 'net_raw']);
    expect(mask).toBe(bit(0) | bit(12));
    expect(maskToNames(mask)).toEqual(['CHOWN', 'NET_ADMIN']);
  });
});
