// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStoreForEachTest, withStore } from '../../testing/freshStore.ts';
import { Toolbar } from './Toolbar.tsx';

const useAppStore = freshStoreForEachTest();
afterEach(cleanup);

describe('Toolbar while last time’s text is read back', () => {
  it.each(['Copy YAML', 'Download', 'Copy link'])(
    '%s waits for the text instead of acting on its empty stand-in',
    (name) => {
      useAppStore.setState({ text: '', phase: 'restoring' });
      render(withStore(useAppStore, <Toolbar />));
      fireEvent.click(screen.getByRole('button', { name }));
      expect(useAppStore.getState().status.message).toBe(
        'Still reading the manifest: try again in a moment.',
      );
    },
  );
});
