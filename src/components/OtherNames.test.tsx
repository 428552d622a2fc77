// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OtherNames } from './OtherNames.tsx';
import { freshStoreForEachTest, withAdd, withStore } from '../../testing/freshStore.ts';

const useAppStore = freshStoreForEachTest();
afterEach(cleanup);

describe('OtherNames', () => {
  it('says which capability a misspelt name probably means, and guesses nothing otherwise', () => {
    useAppStore
      .getState()
      .loadText(
        withAdd('            - SYS_ADMINN\n            - CAP_SYS_TIME\n            - NET_FOO\n'),
      );
    render(withStore(useAppStore, <OtherNames />));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'add: SYS_ADMINN — ignored on containerd: runc skips an unknown capability; probably SYS_ADMIN',
      'add: CAP_SYS_TIME — ignored on containerd: runc skips an unknown capability',
      'add: NET_FOO — ignored on containerd: runc skips an unknown capability',
    ]);
  });
});
