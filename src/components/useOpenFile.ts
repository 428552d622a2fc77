import { useCallback } from 'react';
import { useAppStore } from '../store/useAppStore.ts';
import { readTextFile } from './fileActions.ts';

/** Loads a chosen or dropped file as the new document, and says so. */
export function useOpenFile(): (file: File) => Promise<void> {
  const loadText = useAppStore((s) => s.loadText);
  const announce = useAppStore((s) => s.announce);
  return useCallback(
    async (file: File) => {
      try {
        loadText(await readTextFile(file));
        announce(`Opened ${file.name}`);
      } catch {
        announce(`Could not open ${file.name}: it is not a UTF-8 text file`, true);
      }
    },
    [loadText, announce],
  );
}
