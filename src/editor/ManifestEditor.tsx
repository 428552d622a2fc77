import Editor, { type OnMount } from '@monaco-editor/react';
import { useState } from 'react';
import { useAppStore } from '../store/appStore.ts';
import { selectWarningMarkers, warningMarkerSteps } from '../store/inspectionMarkers.ts';
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

const onMount: OnMount = (editor) => {
  const binding = bindEditorToStore(monaco, editor, useAppStore);
  // After the text binding, so a form edit reaches the model before its warnings are placed.
  const warnings = bindInspectionMarkers(
    monaco,
    editor,
    useAppStore,
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
};

/** The Monaco YAML editor of the manifest, two-way bound to the store's text. Lazy-load it. */
export default function ManifestEditor({ height = '60vh', className }: ManifestEditorProps) {
  // Only the first value seeds the model; afterwards the bridge carries every change.
  const [initialText] = useState(() => useAppStore.getState().text);
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
