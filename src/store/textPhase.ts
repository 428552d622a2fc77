import type { Analysis } from '../core/analysis/analysis.ts';

/**
 * Where the text is in its read, as one value: every view and action asks this instead of
 * comparing the analysis' text with the text or checking flags of its own.
 * - `ready` / `invalid`: the analysis describes the text, which has no errors / has some (the
 *   checklist then shows the last valid read, read-only).
 * - `parsing`: a read is due here (a keystroke in a large text waits for the next few); the
 *   analysis is the previous text's, and an action reads first (flushParse).
 * - `loading-parser`: the parser's code is still loading (the first milliseconds after first
 *   paint); the text is read when it arrives.
 * - `reading-worker`: a worker reads a large text, off the page's main thread.
 * - `restoring`: the text of last time is read back from IndexedDB; `text` is an empty stand-in
 *   that nothing may read, edit or store.
 */
export type TextPhase =
  'ready' | 'invalid' | 'parsing' | 'loading-parser' | 'reading-worker' | 'restoring';

/** `ready` or `invalid`, as the analysis of the current text says. */
export function readPhase(analysis: Analysis): 'ready' | 'invalid' {
  return analysis.valid ? 'ready' : 'invalid';
}

/** The part of the store the phase selectors read. */
export interface PhaseState {
  readonly text: string;
  readonly phase: TextPhase;
  readonly analysis: Analysis;
}

/** Why an action on the text cannot run now; each has one message, in {@link BLOCK_MESSAGES}. */
export type TextBlock = 'reading' | 'invalid';

/** What the user is told when an action meets a {@link TextBlock}. */
export const BLOCK_MESSAGES: Readonly<Record<TextBlock, string>> = {
  reading: 'Still reading the manifest: try again in a moment.',
  invalid: 'Fix the YAML first: Podcaps edits only text that parses (the checklist is read-only).',
};

/**
 * Whether the views should say the text is being read: nothing they show describes it yet (a
 * text read back, or waiting for the parser or the worker with no analysis of its own).
 */
export function selectReadingText(state: PhaseState): boolean {
  if (state.phase === 'restoring') return true;
  const waiting = state.phase === 'loading-parser' || state.phase === 'reading-worker';
  return waiting && state.analysis.text !== state.text;
}

/**
 * Why an edit of the text may not proceed now, or null when it may: the offsets and paths it
 * would use must be those of the current text. Call after flushParse (a `parsing` phase reads
 * then). `parsing` still blocks: a read due and not yet done describes an older text.
 */
export function selectEditBlock(state: PhaseState): TextBlock | null {
  switch (state.phase) {
    case 'ready':
      return null;
    case 'invalid':
      return 'invalid';
    default:
      return 'reading';
  }
}

/**
 * Whether the checklist's toggles may be used now: they wait while the text is read, and stay
 * read-only while it does not parse (a keystroke's read that is due counts as the last one).
 */
export function selectCanToggle(state: PhaseState): boolean {
  return state.phase === 'ready' || (state.phase === 'parsing' && state.analysis.valid);
}
