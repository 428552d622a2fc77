import { describe, expect, it, vi } from 'vitest';
import type * as YamlModule from 'yaml';
import type * as SplitModule from './split.ts';
import { generateManifest } from '../../../bench/generate.ts';
import { documentOf } from './documentHandle.ts';
import { containerPathOps } from './editCapabilities.ts';
import { parseManifest } from './parse.ts';
import { createManifestReader } from './reader.ts';
import { EXAMPLE_MANIFEST } from '../example.ts';

// Every text the `yaml` package parses.
const parsed = vi.hoisted(() => [] as string[]);
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof YamlModule>();
  return {
    ...yaml,
    parseAllDocuments: ((source: string, options?: object) => {
      parsed.push(source);
      return yaml.parseAllDocuments(source, options);
    }) as typeof yaml.parseAllDocuments,
  };
});

// Every text the reader splits at its document markers.
const split = vi.hoisted(() => [] as string[]);
vi.mock('./split.ts', async (importOriginal) => {
  const module = await importOriginal<typeof SplitModule>();
  return {
    ...module,
    splitStream: ((text: string) => {
      split.push(text);
      return module.splitStream(text);
    }) as typeof module.splitStream,
  };
});

describe('a form toggle through the reader and its document handle', () => {
  // Before the handles: 6 (the read, the piece once per step of the edit's two, twice more to
  // check the edit, and the read of the edited text once more).
  it('parses the document three times on a 1 MB manifest: read, edit, re-read', () => {
    const text = generateManifest(1_000_000);
    const reader = createManifestReader();
    parsed.length = 0;
    const manifest = reader.read(text);
    const read = parsed.length;
    // A container near the end, as the store edits it (formEdit.ts).
    const workload = manifest.workloads[manifest.workloads.length - 2]!;
    const document = documentOf(manifest, workload.documentIndex);
    const ops = containerPathOps(workload.containers[0]!.path, [
      { type: 'set-capability', list: 'drop', name: 'NET_RAW', present: true },
    ]);
    const edit = document.edit(ops);
    if (!edit.ok) throw new Error(edit.error.message);
    split.length = 0;
    const reread = reader.read(edit.text);
    // The re-read knows from the edit which piece changed: it does not split the megabyte again.
    expect(split).toHaveLength(0);

    const piece = document.piece!;
    const name = text.slice(piece.start, piece.end).match(/name: (\S+)/)?.[1];
    if (!name) throw new Error('no name in the piece');
    const ofDocument = parsed.filter((source) => source.includes(`name: ${name}\n`));
    expect(ofDocument).toHaveLength(3);
    // After the first read, the piece and its edit alone: the edit's reading of the edited piece,
    // with the `---` the reader appends, and nothing in the re-read.
    expect(parsed.slice(read).map((s) => s.length)).toEqual([
      piece.end - piece.start,
      edit.text.length - text.length + piece.end - piece.start + '---'.length,
    ]);
    // And the re-read is exact: the edit's reading of its piece is what the reader kept.
    expect(reread).toEqual(parseManifest(edit.text));
  }, 60_000);
});

describe('toggles one after another on a one-document text', () => {
  it('parse the document once each: the edit reuses the parse the read of the last one made', () => {
    const reader = createManifestReader();
    let manifest = reader.read(EXAMPLE_MANIFEST);
    const perToggle: number[] = [];
    for (const present of [true, false, true, false]) {
      parsed.length = 0;
      const workload = manifest.workloads[0]!;
      const ops = containerPathOps(workload.containers[0]!.path, [
        { type: 'set-capability', list: 'add', name: 'SYS_ADMIN', present },
      ]);
      const edit = documentOf(manifest, workload.documentIndex).edit(ops);
      if (!edit.ok) throw new Error(edit.error.message);
      manifest = reader.read(edit.text);
      perToggle.push(parsed.length);
      expect(manifest).toEqual(parseManifest(edit.text));
    }
    // The first edit parses the text the reader read (the reader keeps no Documents of a read);
    // every later one starts from the Documents of the last edit's read, and a removal of a name
    // that is listed once takes one step, which parses nothing.
    expect(perToggle).toEqual([2, 1, 1, 1]);
  });
});
