import { useRef } from 'react';
import { BLOCK_MESSAGES } from '../store/textPhase.ts';
import { useAppStore, useAppStoreApi } from '../store/useAppStore.ts';
import { copyText } from './clipboard.ts';
import { EvidenceButtons } from './evidence/EvidenceButtons.tsx';
import { downloadText } from './fileActions.ts';
import { downloadName } from '../core/kubectl.ts';
import { shareUrl } from './shareLink.ts';
import { useOpenFile } from './useOpenFile.ts';

/** Copy, download, open, reset and share the manifest text. */
export function Toolbar() {
  const fileInput = useRef<HTMLInputElement>(null);
  const store = useAppStoreApi();
  const announce = useAppStore((s) => s.announce);
  const resetToExample = useAppStore((s) => s.resetToExample);
  const openFile = useOpenFile();
  // Actions read the text at click time: subscribing to it would re-render the toolbar per keystroke.
  const currentText = () => store.getState().text;
  // While last time's text is read back from IndexedDB, the store's text is an empty stand-in.
  const restored = () => {
    if (store.getState().phase !== 'restoring') return true;
    announce(BLOCK_MESSAGES.reading, true);
    return false;
  };

  const copy = () => {
    if (restored()) void copyText(currentText(), 'Copied', announce);
  };
  const download = () => {
    if (!restored()) return;
    const name = downloadName(store.getState().analysis.manifest?.workloads ?? []);
    downloadText(currentText(), name);
    announce(`Downloaded ${name}`);
  };
  const copyLink = async () => {
    if (!restored()) return;
    const url = await shareUrl(window.location.href, currentText(), store.getState().node);
    await copyText(url, 'Copied a link holding the whole manifest', announce);
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Manifest">
      <button type="button" onClick={copy}>
        Copy YAML
      </button>
      <button type="button" onClick={download}>
        Download
      </button>
      <button type="button" onClick={() => fileInput.current?.click()}>
        Open file
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".yaml,.yml,.json,text/yaml,application/json,text/plain"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void openFile(file);
          e.target.value = '';
        }}
      />
      <button
        type="button"
        onClick={() => {
          resetToExample();
          announce('Back to the example. Undo in the editor brings your text back');
        }}
      >
        Reset to example
      </button>
      <button type="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <EvidenceButtons />
    </div>
  );
}
