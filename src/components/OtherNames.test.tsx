// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../core/example.ts';
import { useAppStore } from '../store/appStore.ts';
import { loadParserCode } from '../store/parserCode.ts';
import { OtherNames } from './OtherNames.tsx';

const initial = useAppStore.getInitialState();
const withAdd = (names: string) => EXAMPLE_MANIFEST.replace('            - NET_ADMIN\n', names);

// The store reads a loaded text only once the parser's code is there (it loads after first paint).
beforeAll(() => loadParserCode());
beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(initial, true);
});
afterEach(cleanup);

describe('OtherNames', () => {
  it('says which capability a misspelt name probably means, and guesses nothing otherwise', () => {
    useAppStore
      .getState()
      .loadText(
        withAdd('            - SYS_ADMINN\n            - CAP_SYS_TIME\n            - NET_FOO\n'),
      );
    render(<OtherNames />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'add: SYS_ADMINN — ignored on containerd: runc skips an unknown capability; probably SYS_ADMIN',
      'add: CAP_SYS_TIME — ignored on containerd: runc skips an unknown capability',
      'add: NET_FOO — ignored on containerd: runc skips an unknown capability',
    ]);
  });
});
