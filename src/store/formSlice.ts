import type { StateCreator } from 'zustand';
import type { AppMiddlewares, AppState } from './appState.ts';
import type { ContainerAction } from '../core/manifest/editCapabilities.ts';
import type { CapabilityList } from '../core/model.ts';
import type { ParserCode } from './parserCode.ts';
import type { StoreRuntime } from './storeRuntime.ts';
import { BLOCK_MESSAGES, selectEditBlock } from './textPhase.ts';

export type { CapabilityList };

export interface FormSlice {
  /** Why the latest form action changed nothing (e.g. the text is invalid), for the status line. */
  formError: string | null;
  toggleCapability: (list: CapabilityList, name: string) => void;
  setCapability: (list: CapabilityList, name: string, present: boolean) => void;
  setPrivileged: (on: boolean) => void;
  /** Rewrites one entry as written (`CAP_NET_ADMIN`) to another spelling (`NET_ADMIN`). */
  replaceCapability: (list: CapabilityList, from: string, to: string) => void;
  /** Several actions as one text change (one undo step), e.g. a warning's one-click fix. */
  applyActions: (actions: readonly ContainerAction[]) => void;
}

/**
 * Form actions are functions of the current text: they never patch the parse, they compute a new
 * text (a minimal edit of the selected container) and hand it to `setText` with origin `form` and
 * the edits that make it, which the editor applies as they are.
 */
export function createFormSlice(
  runtime: StoreRuntime,
): StateCreator<AppState, AppMiddlewares, [], FormSlice> {
  return (set, get) => {
    /** `action` is taken from the state when the edit runs: it may wait for the parser's code. */
    const apply = (action: (state: AppState) => ContainerAction | readonly ContainerAction[]) => {
      const code = runtime.parser();
      if (code) edit(code, action);
      // Only the first few milliseconds after first paint (the toggles are disabled then).
      else void runtime.parserLoaded().then((loaded) => edit(loaded, action));
    };

    const edit = (
      { editSelectedContainer }: ParserCode,
      action: (state: AppState) => ContainerAction | readonly ContainerAction[],
    ) => {
      get().flushParse();
      const state = get();
      const block = selectEditBlock(state);
      if (block === 'reading') {
        state.announce(BLOCK_MESSAGES.reading, true);
        return;
      }
      // While the text does not parse the checklist shows an older read, whose paths may no
      // longer match the text.
      const result =
        block === 'invalid'
          ? ({ ok: false, error: BLOCK_MESSAGES.invalid } as const)
          : editSelectedContainer(state.analysis, action(state));
      if (!result.ok) {
        set({ formError: result.error });
        state.announce(result.error, true);
        return;
      }
      // Set only when it changes: every `set` tells every view and the storage.
      if (state.formError !== null) set({ formError: null });
      if (result.text !== state.text) {
        state.setText(result.text, { origin: 'form', edits: result.edits });
      }
    };

    return {
      formError: null,
      toggleCapability: (list, name) =>
        apply((s) => ({
          type: 'set-capability',
          list,
          name,
          present: !s.analysis.request[list].includes(name),
        })),
      setCapability: (list, name, present) =>
        apply(() => ({ type: 'set-capability', list, name, present })),
      setPrivileged: (value) => apply(() => ({ type: 'set-privileged', value })),
      replaceCapability: (list, from, to) =>
        apply(() => ({ type: 'replace-capability', list, from, to })),
      applyActions: (actions) => apply(() => actions),
    };
  };
}
