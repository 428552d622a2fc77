import { describe, expect, it } from 'vitest';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { pieceFinderOf } from './documentPieces.ts';
import { parseManifest } from './parse.ts';
import { createManifestReader } from './reader.ts';

function pod(name: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n  - name: ${name}-c\n    securityContext: {capabilities: {add: [NET_ADMIN]}}\n`;
}

const STREAM = ['a', 'b', 'c', 'd'].map(pod).join('---\n');

/** What a worker does: read the text alone, hand back the snapshot through a structured clone. */
function adoptedReader(text: string) {
  const worker = createManifestReader();
  worker.read(text);
  const reader = createManifestReader();
  reader.adopt(text, structuredClone(worker.snapshot()));
  return reader;
}

describe('ManifestReader snapshot and adopt', () => {
  it('a reader that adopted a snapshot reads that text without parsing, exactly', () => {
    const reader = adoptedReader(STREAM);
    expect(reader.unreadLength(STREAM)).toBe(0);
    expect(reader.read(STREAM)).toEqual(parseManifest(STREAM));
  });

  it('an edit after adopting parses only the edited piece, and reads like a full parse', () => {
    const reader = adoptedReader(STREAM);
    const edited = replaceOnce(STREAM, 'name: c}', 'name: cc}');
    // The edited piece: its `---\n` line and the pod, one character longer.
    expect(reader.unreadLength(edited)).toBe('---\n'.length + pod('c').length + 1);
    const read = reader.read(edited);
    expect(read).toEqual(parseManifest(edited));
    expect(pieceFinderOf(read)?.(2)).toMatchObject({ documentIndex: 0, documentCount: 1 });
  });

  it('counts every piece of an unseen text as unread; a too-large text as nothing to parse', () => {
    const reader = createManifestReader();
    expect(reader.unreadLength(STREAM)).toBe(STREAM.length);
    expect(reader.unreadLength('x'.repeat(9 * 1024 * 1024))).toBe(0);
  });

  it('carries a text read whole (a directive line) and stray tokens read with the piece before', () => {
    for (const text of [`%YAML 1.2\n---\n${pod('a')}`, `${pod('a')}---\n]\n---\n${pod('b')}`]) {
      const reader = adoptedReader(text);
      expect(reader.unreadLength(text)).toBeLessThan(text.length);
      expect(reader.read(text)).toEqual(parseManifest(text));
    }
  });

  it('holds no copy of the text, so posting it costs no more than its results', () => {
    const worker = createManifestReader();
    worker.read(STREAM);
    expect(JSON.stringify(worker.snapshot())).not.toContain('name: a-c');
  });
});
