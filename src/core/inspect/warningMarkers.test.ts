import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../../bench/generate.ts';
import { parseManifest } from '../manifest/parse.ts';
import { createManifestReader } from '../manifest/reader.ts';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { selectWarningMarkers } from './warningMarkers.ts';

describe('selectWarningMarkers with the incremental reader', () => {
  it('places every marker where the whole-text ranges put it, before and after an edit', () => {
    const reader = createManifestReader();
    const text = generateManifest(8_000).replaceAll('drop: ["ALL"]', 'drop: [CAP_NET_RAW]');
    const edited = replaceOnce(
      replaceOnce(text, 'app-1-c0', 'renamed'),
      'CAP_NET_RAW',
      'cap_net_raw',
      'all',
    );
    for (const t of [text, edited]) {
      const byPieces = selectWarningMarkers({
        analysis: { manifest: reader.read(t) },
        node: 'containerd',
      });
      const whole = selectWarningMarkers({
        analysis: { manifest: parseManifest(t) },
        node: 'containerd',
      });
      expect(byPieces?.markers.length).toBeGreaterThan(5);
      expect(byPieces).toEqual(whole);
    }
  });
});
