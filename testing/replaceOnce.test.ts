import { describe, expect, it } from 'vitest';
import { replaceOnce } from './replaceOnce.ts';

describe('replaceOnce', () => {
  it('replaces the one occurrence of a string, literally', () => {
    expect(replaceOnce('a.b.c', '.b', '$&x')).toBe('a$&x.c');
  });

  it('throws when the needle is missing or occurs more often than said', () => {
    expect(() => replaceOnce('abc', 'x', 'y')).toThrow(/"x" occurs 0 times, not 1,/);
    expect(() => replaceOnce('aXbX', 'X', 'y')).toThrow(/"X" occurs 2 times, not 1,/);
  });

  it('replaces every occurrence when told how many there are', () => {
    expect(replaceOnce('aXbX', 'X', 'y', 2)).toBe('ayby');
    expect(() => replaceOnce('aXbX', 'X', 'y', 3)).toThrow(/occurs 2 times, not 3,/);
  });

  it('replaces the first or all of any number of occurrences, but not of none', () => {
    expect(replaceOnce('aXbXcX', 'X', 'y', 'first')).toBe('aybXcX');
    expect(replaceOnce('aXbXcX', 'X', 'y', 'all')).toBe('aybycy');
    expect(() => replaceOnce('abc', 'X', 'y', 'first')).toThrow(/occurs 0 times, not one or more/);
    expect(() => replaceOnce('abc', 'X', 'y', 'all')).toThrow(/occurs 0 times, not one or more/);
  });

  it('counts a RegExp globally, whatever its flags, and passes the match to a function', () => {
    expect(replaceOnce('k: 1\nk: 2\n', /k: \d$/m, 'k: 0', 2)).toBe('k: 0\nk: 0\n');
    expect(() => replaceOnce('k: 1\nk: 2\n', /k: \d$/m, 'k: 0')).toThrow(/occurs 2 times/);
    expect(replaceOnce('a\nb: [\n  c]\n', /b:[^]*$/, (m) => m.toUpperCase())).toBe(
      'a\nB: [\n  C]\n',
    );
    expect(replaceOnce('k: 1\nk: 2\n', /k: \d/, 'k: 0', 'first')).toBe('k: 0\nk: 2\n');
  });
});
