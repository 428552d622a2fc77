import { persist } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_NODE, defaultNode, type NodeProfile } from '../core/node/nodeProfile.ts';
import { nodeFromJSON } from '../core/node/parseNode.ts';
import { RUNTIME_IDS, type RuntimeId } from '../core/model.ts';
import { PSA_LEVELS, type PsaLevel } from '../core/psa/types.ts';
import { parsePolicyVersion } from '../core/psa/policyVersion.ts';
import exampleManifest from 'virtual:podcaps/example-manifest';
import type { Manifest } from '../core/model.ts';
import {
  analyzeParsed,
  analyzeSelection,
  EMPTY_ANALYSIS,
  freshAnalysis,
} from '../core/analysis/analysis.ts';
import type { AppState, PersistedState } from './appState.ts';
import { createDocumentSlice } from './documentSlice.ts';
import { createFormSlice } from './formSlice.ts';
import { createOtherTabSlice } from './otherTabSlice.ts';
import { type ParserCode, parserCodeOf, type ParserModules } from './parserCode.ts';
import {
  createPersistStorage,
  textMarkerOf,
  type PersistStorageOptions,
  type TextPersistStorage,
} from './persistStorage.ts';
import { createPodSecuritySlice } from './podSecuritySlice.ts';
import {
  CHECKLIST_ORDERS,
  type ChecklistOrder,
  createPreferencesSlice,
} from './preferencesSlice.ts';
import { createSelectionSlice } from './selectionSlice.ts';
import { createStatusSlice } from './statusSlice.ts';
import type { BackgroundReader, StoreRuntime } from './storeRuntime.ts';

export const STORAGE_KEY = 'podcaps';
export const STORAGE_VERSION = 1;

/** Told when the text kept in IndexedDB did not come back, and the store opens the example. */
export const NOT_READ_BACK =
  'The manifest from last time could not be read back; showing the example.';

function isRuntime(value: unknown): value is RuntimeId {
  return RUNTIME_IDS.some((id) => id === value);
}

function isChecklistOrder(value: unknown): value is ChecklistOrder {
  return CHECKLIST_ORDERS.some((order) => order === value);
}

/** A level, or null: following the Namespace label is a choice too. */
function isPsaTarget(value: unknown): value is PsaLevel | null {
  return value === null || PSA_LEVELS.some((level) => level === value);
}

/** `latest` or `v1.N`, or null; a version newer than this build's checks is still a version. */
function isPsaVersion(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && parsePolicyVersion(value) !== undefined);
}

/**
 * The node stored: the whole profile, each field checked (a field no longer supported falls back
 * to the default); before profiles only the runtime was stored, which means its default node.
 */
function readNode(node: unknown, runtime: unknown): NodeProfile | undefined {
  return nodeFromJSON(node) ?? (isRuntime(runtime) ? defaultNode(runtime) : undefined);
}

/**
 * Reads what localStorage held, trusting nothing: it may be from another version or hand-edited.
 * Only the fields that are valid come back (an older build stored only the text and the runtime).
 */
function readPersisted(value: unknown): Partial<PersistedState> {
  if (value === null || typeof value !== 'object') return {};
  const { text, runtime, node, checklistOrder, psaTarget, psaVersion } = value as Record<
    string,
    unknown
  >;
  const readNodeValue = readNode(node, runtime);
  return {
    ...(typeof text === 'string' ? { text } : {}),
    ...(readNodeValue ? { node: readNodeValue, runtime: readNodeValue.runtime } : {}),
    ...(isChecklistOrder(checklistOrder) ? { checklistOrder } : {}),
    ...(isPsaTarget(psaTarget) ? { psaTarget } : {}),
    ...(isPsaVersion(psaVersion) ? { psaVersion } : {}),
  };
}

/** What `partialize` hands the storage, and what `merge` starts from. */
function persisted(s: AppState): PersistedState {
  const preferences = {
    // The runtime alone too: what an older build reads back.
    runtime: s.node.runtime,
    node: s.node,
    checklistOrder: s.checklistOrder,
    psaTarget: s.psaTarget,
    psaVersion: s.psaVersion,
  };
  // The empty text stands for the one being read back, which stays stored until it arrives.
  return s.phase === 'restoring' ? preferences : { text: s.text, ...preferences };
}

/** What a store is made of besides its state: everything with a life of its own. */
export interface AppStoreDeps {
  /**
   * The parser's code, or how to load it: the app loads it after first paint (importParserCode),
   * a test hands it over loaded, and the store reads its text at once.
   */
  readonly parser: ParserModules | (() => Promise<ParserModules>);
  /** Reads large texts off the main thread; absent, everything is read here. */
  readonly backgroundReader?: BackgroundReader;
  /** Where the text and preferences are kept across reloads; localStorage unless told. */
  readonly storage?: (options: PersistStorageOptions) => TextPersistStorage<PersistedState>;
  /** The example's build-time read, shown until the parser's code is there. */
  readonly example?: Manifest;
}

/** The app's store: Zustand's API plus an end to what it started (timers, worker, listeners). */
export type AppStore = Mutate<StoreApi<AppState>, [['zustand/persist', PersistedState]]> & {
  dispose(): void;
};

/**
 * Makes a store: the parse and the simulation are derived inside actions (not in render), so every
 * view and the editor bridge read the same, already computed values. It opens on the example's
 * build-time read; the parser itself may load after first paint. Everything it holds lives in its
 * closure, so each store (each test) starts from nothing.
 */
export function createAppStore(deps: AppStoreDeps): AppStore {
  const cleanups: (() => void)[] = [];
  let parser: ParserCode | undefined =
    typeof deps.parser === 'function' ? undefined : parserCodeOf(deps.parser);
  const parserPromise =
    parser !== undefined
      ? Promise.resolve(parser)
      : (deps.parser as () => Promise<ParserModules>)().then(
          (modules) => (parser = parserCodeOf(modules)),
        );
  // Reported by the document slice; this one must not reject unheard.
  parserPromise.catch(() => {});
  const runtime: StoreRuntime = {
    parser: () => parser,
    parserLoaded: () => parserPromise,
    backgroundReader: deps.backgroundReader,
    onDispose: (cleanup) => cleanups.push(cleanup),
  };
  if (deps.backgroundReader) cleanups.push(() => deps.backgroundReader?.dispose());

  const storage = (deps.storage ?? createPersistStorage<PersistedState>)({
    // Later, not inside the `set` whose write failed; and the first write may come while the
    // store is still being made (a migration on rehydrate), before `store` exists.
    onWriteFailed: (message) => queueMicrotask(() => store.getState().announce(message, true)),
    onOtherTabWrote: (text) => store.getState().otherTabWrote(text),
  });
  cleanups.push(() => storage.dispose());

  /** Stores this tab's state now, over what another tab stored. */
  const writeThisTab = () =>
    storage.writeNow(STORAGE_KEY, { state: persisted(store.getState()), version: STORAGE_VERSION });

  /**
   * Brings back the text too large for localStorage, which `merge` found kept in IndexedDB. The
   * store ends on a text whatever happens: that one, or the example and a word why. A text set
   * meanwhile (a file opened, a link followed) is newer: the one read back is dropped.
   */
  const restoreText = async (): Promise<void> => {
    const text = await storage.readKeptText(STORAGE_KEY);
    const state = store.getState();
    if (state.phase !== 'restoring') return;
    if (text !== undefined) return state.loadText(text);
    state.resetToExample();
    state.announce(NOT_READ_BACK, true);
  };

  const example = deps.example ?? exampleManifest;
  const store = createStore<AppState>()(
    persist(
      (...a) => ({
        analysis: analyzeParsed(EMPTY_ANALYSIS, example, DEFAULT_NODE),
        ...createDocumentSlice(runtime)(...a),
        ...createSelectionSlice(...a),
        ...createPreferencesSlice(...a),
        ...createFormSlice(runtime)(...a),
        ...createStatusSlice(...a),
        ...createPodSecuritySlice()(...a),
        ...createOtherTabSlice(writeThisTab)(...a),
      }),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage,
        partialize: persisted,
        merge: (stored, current) => {
          const read = readPersisted(stored);
          const { text = current.text, ...saved } = { ...persisted(current), ...read };
          if (read.text === undefined && textMarkerOf(stored)) {
            // The text is in IndexedDB: an empty one that is being read stands for it until
            // restoreText brings it back, so nothing of the example passes for it meanwhile.
            return {
              ...current,
              ...saved,
              text: '',
              textOrigin: 'load',
              analysis: freshAnalysis(current.analysis),
              phase: 'restoring',
            };
          }
          // Another text is read once the parser's code is there (onRehydrateStorage); until then
          // nothing of the example may pass for its analysis.
          const { analysis } = current;
          if (text === analysis.text) {
            const node = saved.node;
            const next = analyzeSelection(analysis, analysis.selection, node);
            return { ...current, ...saved, text, textOrigin: 'load', analysis: next };
          }
          return {
            ...current,
            ...saved,
            text,
            textOrigin: 'load',
            analysis: freshAnalysis(analysis),
            phase: 'parsing',
          };
        },
        onRehydrateStorage: () => (state) => {
          if (state?.phase === 'restoring') void restoreText();
          else state?.flushParse();
        },
      },
    ),
  );
  return Object.assign(store, {
    dispose: () => {
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  });
}
