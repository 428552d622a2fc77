/**
 * The bench's baseline page, never part of the app's build (bench/build.ts builds it on its own):
 * Monaco and monaco-yaml set up by the app's own src/editor/monaco.ts, one editor with the app
 * editor's options on the same model URI (so the same schema validates it), and nothing else: no
 * store, no analysis, no panels. bench/browser.ts applies the app's edits here and times them the
 * same way, and the goals are ratios to these figures.
 */
import { readTextFile } from '../../src/components/fileActions.ts';
import { MANIFEST_URI, monaco } from '../../src/editor/monaco.ts';

// src/editor/ManifestEditor.tsx's OPTIONS (keep them in step), plus the automaticLayout that
// @monaco-editor/react adds to every editor it creates.
const OPTIONS = {
  ariaLabel: 'Manifest YAML',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  tabSize: 2,
  insertSpaces: true,
  quickSuggestions: { other: true, comments: false, strings: true },
  fixedOverflowWidgets: true,
  stickyScroll: { defaultModel: 'indentationModel' },
  automaticLayout: true,
} as const;

const container = document.getElementById('editor');
const fileInput = document.querySelector<HTMLInputElement>('input[type="file"]');
if (!container || !fileInput) throw new Error('bare page: editor container or file input missing');

const model = monaco.editor.createModel('', 'yaml', monaco.Uri.parse(MANIFEST_URI));
const editor = monaco.editor.create(container, { model, ...OPTIONS });

// Opening a file as the app does above its undoable size (src/editor/storeBridge.ts): read, then
// setValue, which is what the open's longest task is compared with.
fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (file) model.setValue(await readTextFile(file));
});

/** What bench/browser.ts drives: `window.bare`. */
export interface BarePage {
  readonly monaco: typeof monaco;
  readonly editor: typeof editor;
}

(window as unknown as { bare: BarePage }).bare = { monaco, editor };
