import { describe, expect, it } from 'vitest';
import { namedGroup, namedUser, primaryGid } from './identity.ts';

describe('image identity', () => {
  it('names Debian 12 users and groups, ??? otherwise', () => {
    expect(namedUser(33)).toEqual({ id: 33, name: 'www-data' });
    expect(namedUser(65534)).toEqual({ id: 65534, name: 'nobody' });
    expect(namedUser(1001)).toEqual({ id: 1001, name: '???' });
    expect(namedGroup(65534)).toEqual({ id: 65534, name: 'nogroup' });
    expect(namedGroup(4)).toEqual({ id: 4, name: 'adm' });
    expect(namedGroup(2000)).toEqual({ id: 2000, name: '???' });
  });

  it('gives a listed user its primary group and anyone else group 0', () => {
    expect(primaryGid(65534)).toBe(65534);
    expect(primaryGid(33)).toBe(33);
    expect(primaryGid(10001)).toBe(0);
  });
});
