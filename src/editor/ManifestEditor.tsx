import Editor, { type OnMount } from '@monaco-editor/react';
import { useCallback, useState } from 'react';
import type { AppStore } from '../store/createAppStore.ts';
import { useAppStoreApi } from '../store/useAppStore.ts';
import { selectWarningMarkers, warningMarkerSteps } from '../core/inspect/warningMarkers.ts';
import { bindInspectionMarkers } from './inspectionMarkers.ts';
import { MANIFEST_URI, monaco } from './monaco.ts';
import { bindEditorToStore } from './storeBridge.ts';
import { useColorScheme } from './useColorScheme.ts';

export interface ManifestEditorProps {
  /** CSS height of the editor; Monaco needs a definite one. */
  readonly height?: string | number;
  readonly className?: string;
}

const OPTIONS = {
  ariaLabel: 'Manifest YAML',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  tabSize: 2,
  insertSpaces: true,
  // Completion of capability names inside `add:`/`drop:` lists, which are plain strings.
  quickSuggestions: { other: true, comments: false, strings: true },
  fixedOverflowWidgets: true,
  stickyScroll: { defaultModel: 'indentationModel' },
} as const;

function mount(store: AppStore, editor: Parameters<OnMount>[0]): void {
  const binding = bindEditorToStore(monaco, editor, store);
  // After the text binding, so a form edit reaches the model before its warnings are placed.
  const warnings = bindInspectionMarkers(
    monaco,
    editor,
    store,
    selectWarningMarkers,
    warningMarkerSteps,
    binding.modelText,
  );
  // Tied to the editor's lifetime, not to React effects, so StrictMode's extra mount and unmount
  // can neither leak a subscription nor drop one.
  editor.onDidDispose(() => {
    binding.dispose();
    warnings.dispose();
  });
}

/** The Monaco YAML editor of the manifest, two-way bound to the store's text. Lazy-load it. */
export default function ManifestEditor({ height = '60vh', className }: ManifestEditorProps) {
  // Only the first value seeds the model; afterwards the bridge carries every change.
  const store = useAppStoreApi();
  const [initialText] = useState(() => store.getState().text);
  const onMount = useCallback<OnMount>((editor) => mount(store, editor), [store]);
  const scheme = useColorScheme();
  return (
    <Editor
      height={height}
      className={className}
      path={MANIFEST_URI}
      defaultLanguage="yaml"
      defaultValue={initialText}
      theme={scheme === 'dark' ? 'vs-dark' : 'vs'}
      options={OPTIONS}
      onMount={onMount}
      loading="Loading editor…"
    />
  );
}
