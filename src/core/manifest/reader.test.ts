import { describe, expect, it } from 'vitest';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { MAX_MANIFEST_LENGTH, parseManifest } from './parse.ts';
import { createManifestReader } from './reader.ts';
import { splitStream } from './split.ts';

function pod(name: string, extra = ''): string {
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n  - name: ${name}-c\n${extra}`;
}

const THREE = `${pod('a')}---\n${pod('b')}---\n${pod('c')}`;

/** Reads every text in turn with one reader, checking each against a full parse. */
function readAll(...texts: string[]) {
  const reader = createManifestReader();
  return texts.map((text) => {
    const manifest = reader.read(text);
    expect(manifest).toEqual(parseManifest(text));
    return manifest;
  });
}

describe('splitStream', () => {
  it('cuts before `---` lines only, keeping every character', () => {
    const text = 'a: 1\n--- # c\nb: |\n  x\n---\n...\nc\n---\td\n--- \n---';
    const pieces = splitStream(text)!;
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.map((p) => p.text.slice(0, 4))).toEqual([
      'a: 1',
      '--- ',
      '---\n',
      '---\t',
      '--- ',
      '---',
    ]);
    expect(pieces.map((p) => p.beforeDocumentStart)).toEqual([true, true, true, true, true, false]);
  });

  it('does not cut at `----`, at an indented `---` or at `---x`', () => {
    expect(splitStream('a: 1\n----\n  ---\n---x\n')).toHaveLength(1);
  });

  it('gives up on a line starting with `%`, even after a byte order mark', () => {
    expect(splitStream('%YAML 1.2\n---\na: 1\n')).toBeUndefined();
    expect(splitStream('\uFEFF%YAML 1.2\n---\na: 1\n')).toBeUndefined();
  });
});

describe('createManifestReader', () => {
  it('re-reads only the edited document: the others come back as the same objects', () => {
    const edited = replaceOnce(THREE, 'name: b-c', 'name: b-renamed');
    const [first, second] = readAll(THREE, edited);
    expect(second!.workloads[0]).toBe(first!.workloads[0]);
    expect(second!.workloads[2]).toBe(first!.workloads[2]);
    expect(second!.workloads[1]!.containers[0]!.name).toBe('b-renamed');
  });

  it('shifts documents, workloads and containers when a `---` is inserted or deleted', () => {
    const inserted = replaceOnce(
      THREE,
      '---\napiVersion: v1\nkind: Pod\nmetadata: {name: b}',
      '---\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b}',
    );
    const [, more, fewer] = readAll(THREE, inserted, replaceOnce(THREE, `---\n${pod('b')}`, ''));
    expect(more!.workloads.map((w) => w.documentIndex)).toEqual([0, 2, 3]);
    expect(fewer!.workloads.map((w) => [w.name, w.documentIndex])).toEqual([
      ['a', 0],
      ['c', 1],
    ]);
    expect(fewer!.workloads[1]!.containers[0]!.workloadIndex).toBe(1);
  });

  it('moves problems of later documents with their text, in lines and offsets', () => {
    const broken = `${pod('a')}---\n${pod('b', '    securityContext: {capabilities: {add: NET_ADMIN}}\n')}`;
    const [, shifted] = readAll(broken, `# a comment\n${broken}`);
    expect(shifted!.problems.map((p) => [p.line, p.column])).toEqual([[15, 43]]);
  });

  it('reads empty documents, trailing text, CRLF and a byte order mark as a full parse does', () => {
    readAll(
      '---\n---\n',
      `---\n${pod('a')}---\n`,
      `${pod('a')}---\n# trailing comment\n`,
      `${pod('a')}---\nkind: Pod\nspec:\n  containers: [`,
      THREE.replace(/\n/g, '\r\n'),
      `\uFEFF${THREE}`,
      '',
      '\n\n',
      '...\n---\n...\n',
    );
  });

  it('treats `---` inside a block scalar as the marker it is', () => {
    const [m] = readAll(`${pod('a', '    args:\n    - |\n      echo\n')}---\n      echo more\n`);
    expect(m!.problems).toHaveLength(1);
    expect(m!.workloads).toHaveLength(1);
  });

  it('reads past a cut the parser does not honour (an unclosed quote, stray tokens)', () => {
    const [quote] = readAll(`note: "open\n---\n${pod('b')}`);
    expect(quote!.workloads).toEqual([]);
    const [stray] = readAll(`${pod('a')}---\n]}\n---\n${pod('c')}`);
    expect(stray!.problems.length).toBeGreaterThan(0);
    readAll(`- x\n---\n}\n`, `]}}\n---\n${pod('a')}`, `...\n]}}\n---\n${pod('a')}`);
  });

  it('finds a character YAML forbids where it is, in an edited piece or one left alone', () => {
    const bell = `${pod('a')}---\n${pod('b')}---\n${pod('c', '# \u0007 bell\n')}`;
    const [first, moved, earlier, back] = readAll(
      bell,
      replaceOnce(bell, 'name: a}', 'name: aa}'),
      replaceOnce(bell, 'name: b}', 'name: b\u0001}'),
      bell,
    );
    const control = (m: typeof first) =>
      m?.problems.find((p) => /control character/.test(p.message));
    expect(control(first)).toMatchObject({ start: bell.indexOf('\u0007'), line: 21 });
    // An edit of document a: the character in c, a piece the reader had read, moved with the text.
    expect(control(moved)).toMatchObject({ start: bell.indexOf('\u0007') + 1, line: 21 });
    expect(control(earlier)?.message).toMatch(/U\+0001/);
    expect(control(back)?.message).toMatch(/U\+0007/);
  });

  it('parses a text with a %YAML directive whole', () => {
    const [m] = readAll(`%YAML 1.2\n---\n${pod('a')}---\n${pod('b')}`);
    expect(m!.workloads.map((w) => w.name)).toEqual(['a', 'b']);
  });

  it('refuses a text over the size limit with one problem, as parseManifest does', () => {
    const [m] = readAll(`${pod('a')}#${'x'.repeat(MAX_MANIFEST_LENGTH)}\n`);
    expect(m!.workloads).toEqual([]);
    expect(m!.problems.map((p) => p.message)).toEqual([
      'the text is too large to read: 8 MiB, more than the 8 MiB Podcaps reads',
    ]);
  });
});
