import { lineStarts, regionOf, type Region } from '../../core/report/lineColumn.ts';
import { nodeSpan } from '../../core/report/nodeSpan.ts';
import type { NodePath } from '../../core/model.ts';
import type { ManifestFile } from '../readManifest.ts';

/**
 * Finds regions in the files a run read. Line starts are counted once per file, on the first
 * question: a run over a 2,000-workload file asks thousands.
 */
export function regionFinder(): (
  file: ManifestFile,
  documentIndex: number,
  path: NodePath,
) => Region | null {
  const starts = new Map<ManifestFile, number[]>();
  return (file, documentIndex, path) => {
    const doc = file.documents[documentIndex];
    const span = doc && nodeSpan(file.manifest.text, doc, path);
    if (!span) return null;
    let lines = starts.get(file);
    if (!lines) {
      lines = lineStarts(file.manifest.text);
      starts.set(file, lines);
    }
    return regionOf(lines, span);
  };
}
