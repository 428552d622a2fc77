// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { replaceOnce } from '../../testing/replaceOnce.ts';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { fixActions } from '../core/inspect/fixActions.ts';
import { documentOf } from '../core/manifest/documentHandle.ts';
import { selectWarningMarkers } from '../core/inspect/warningMarkers.ts';
import { warningRange } from '../core/inspect/warningRange.ts';
import { selectComparison, selectWarnings, selectWarningsCurrent } from './inspectionSelectors.ts';
import { selectIsWindowsPod } from './windowsPod.ts';
import { freshStoreForEachTest, withAdd } from '../../testing/freshStore.ts';

const useAppStore = freshStoreForEachTest();

function applyFirstFix() {
  const s = useAppStore.getState();
  const fix = selectWarnings(s).find((w) => w.fix)?.fix;
  if (!fix) throw new Error('expected a warning with a fix');
  s.applyActions(fixActions(fix, s.analysis.request));
}

describe('selectWarnings', () => {
  it('gives the same array until the manifest, container or runtime changes', () => {
    const first = selectWarnings(useAppStore.getState());
    expect(selectWarnings(useAppStore.getState())).toBe(first);
    useAppStore.getState().setRuntime('cri-o');
    expect(selectWarnings(useAppStore.getState())).not.toBe(first);
  });

  it('reports CAP_SYS_ADMIN on containerd, and its fix is one form edit that clears it', () => {
    useAppStore.getState().loadText(withAdd('            - CAP_SYS_ADMIN\n'));
    const before = useAppStore.getState().text;
    expect(selectWarnings(useAppStore.getState()).map((w) => w.code)).toContain('cap-prefix');
    applyFirstFix();
    const s = useAppStore.getState();
    expect(s.textOrigin).toBe('form');
    expect(s.text).toBe(replaceOnce(before, 'CAP_SYS_ADMIN', 'SYS_ADMIN'));
    expect(selectWarnings(s).map((w) => w.code)).not.toContain('cap-prefix');
  });

  it('corrects SYS_ADMINN to SYS_ADMIN in one form edit of that entry alone; the remove fix stays', () => {
    useAppStore
      .getState()
      .loadText(withAdd('            - SYS_ADMINN\n            - "NET_ADMIN"\n'));
    const before = useAppStore.getState().text;
    const [unknown] = selectWarnings(useAppStore.getState());
    expect(unknown?.code).toBe('unknown-capability');
    expect(unknown?.message).toContain('Did you mean SYS_ADMIN?');
    expect(unknown?.fix).toEqual({ kind: 'remove-capability', list: 'add', name: 'SYS_ADMINN' });
    if (!unknown?.correction) throw new Error('expected a correction');
    const s = useAppStore.getState();
    s.applyActions(fixActions(unknown.correction, s.analysis.request));
    const after = useAppStore.getState();
    expect(after.textOrigin).toBe('form');
    expect(after.text).toBe(replaceOnce(before, '- SYS_ADMINN\n', '- SYS_ADMIN\n'));
    expect(after.analysis.request.add).toEqual(['SYS_ADMIN', 'NET_ADMIN']);
    expect(selectWarnings(after).map((w) => w.code)).not.toContain('unknown-capability');
  });

  it('is empty without a container', () => {
    useAppStore.getState().loadText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    expect(selectWarnings(useAppStore.getState())).toEqual([]);
    expect(selectComparison(useAppStore.getState())).toBeNull();
  });
});

describe('selectWarningsCurrent', () => {
  it('is false while the text does not parse, true again once it does', () => {
    expect(selectWarningsCurrent(useAppStore.getState())).toBe(true);
    useAppStore.getState().setText('spec: [', { origin: 'typing' });
    expect(selectWarningsCurrent(useAppStore.getState())).toBe(false);
    useAppStore.getState().setText(EXAMPLE_MANIFEST, { origin: 'typing' });
    expect(selectWarningsCurrent(useAppStore.getState())).toBe(true);
  });
});

describe('selectComparison', () => {
  it('lists NET_RAW as a difference for the example: containerd and Docker, not CRI-O', () => {
    const comparison = selectComparison(useAppStore.getState());
    const netRaw = comparison?.differences.find((d) => d.capability.name === 'NET_RAW');
    expect(comparison?.columns.map((c) => c.node.runtime)).toEqual([
      'containerd',
      'cri-o',
      'docker',
    ]);
    expect(netRaw?.bounding).toEqual([true, false, true]);
    expect(selectComparison(useAppStore.getState())).toBe(comparison);
  });

  it('shows CRI-O refusing an unknown capability that containerd ignores', () => {
    useAppStore.getState().loadText(withAdd('            - NET_FOO\n'));
    const columns = selectComparison(useAppStore.getState())?.columns;
    expect(columns?.[0]?.result.ok).toBe(true);
    expect(columns?.[1]?.result.ok).toBe(false);
  });
});

describe('selectIsWindowsPod', () => {
  it('is true only for spec.os.name: windows', () => {
    expect(selectIsWindowsPod(useAppStore.getState())).toBe(false);
    useAppStore
      .getState()
      .loadText(replaceOnce(EXAMPLE_MANIFEST, 'spec:\n', 'spec:\n  os:\n    name: windows\n'));
    expect(selectIsWindowsPod(useAppStore.getState())).toBe(true);
  });

  it('offers removing capabilities as the fix, which removes the whole node', () => {
    const text = replaceOnce(EXAMPLE_MANIFEST, 'spec:\n', 'spec:\n  os:\n    name: windows\n');
    useAppStore.getState().loadText(text);
    expect(selectWarnings(useAppStore.getState()).map((w) => w.code)).toEqual([
      'windows-capabilities',
    ]);
    applyFirstFix();
    expect(useAppStore.getState().text).toBe(
      replaceOnce(text, / {6}securityContext:\n[\s\S]*$/, ''),
    );
  });
});

describe('warningRange and selectWarningMarkers', () => {
  it('finds a node of a later document through its piece, at whole-text offsets', () => {
    const second = `---\n# two\r\nkind: Pod\r\nmetadata: {name: two}\r\nspec:\r\n  containers:\r\n    - name: b\r\n      securityContext: {capabilities: {add: [net_admin]}}\r\n`;
    const text = EXAMPLE_MANIFEST + second + '---\nkind: Service\nmetadata: {name: s}\n';
    useAppStore.getState().loadText(text);
    const warning = {
      code: 'not-uppercase',
      severity: 'warning',
      message: '',
      documentIndex: 1,
      paths: [['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0]],
    } as const;
    const state = useAppStore.getState();
    const range = warningRange({ text: state.text, manifest: state.analysis.manifest }, warning);
    expect(documentOf(state.analysis.manifest!, 1).piece?.start).toBeGreaterThan(0);
    expect(range && text.slice(range.start, range.end)).toBe('net_admin');
    expect(warningRange({ text, manifest: null }, warning)).toEqual(range);
  });

  it('place a warning on the offending entry, for every container in the file', () => {
    const second = `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: two\nspec:\n  containers:\n    - name: b\n      securityContext:\n        capabilities:\n          add: [net_admin]\n`;
    const text = withAdd('            - CAP_SYS_ADMIN\n') + second;
    useAppStore.getState().loadText(text);
    const s = useAppStore.getState();
    const prefix = selectWarnings(s).find((w) => w.code === 'cap-prefix');
    if (!prefix) throw new Error('expected a cap-prefix warning');
    const range = warningRange({ text: s.text, manifest: s.analysis.manifest }, prefix);
    expect(range && text.slice(range.start, range.end)).toBe('CAP_SYS_ADMIN');
    // Through the reader's piece of the document, or a parse of the whole text: the same place.
    expect(documentOf(s.analysis.manifest!, prefix.documentIndex).piece).toBeDefined();
    expect(warningRange({ text: s.text, manifest: null }, prefix)).toEqual(range);

    const markers = selectWarningMarkers(s);
    expect(markers?.text).toBe(text);
    const placed = markers?.markers.map((m) => [m.code, text.slice(m.start, m.end)]);
    expect(placed).toContainEqual(['cap-prefix', 'CAP_SYS_ADMIN']);
    expect(placed).toContainEqual(['not-uppercase', 'net_admin']);
    expect(markers?.markers.find((m) => m.code === 'not-uppercase')?.message).toMatch(
      /^two \/ b: /,
    );
    expect(selectWarningMarkers(useAppStore.getState())).toBe(markers);
  });
});
