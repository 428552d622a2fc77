import { describe, expect, it } from 'vitest';
import * as writer from './persistWriter.ts';
import type { Asked, WriterState } from './persistWriter.ts';

type State = { text?: string; runtime: string };

const asked = (text: string | undefined, runtime = 'r', name = 'k'): Asked<State> => ({
  name,
  value: { state: text === undefined ? { runtime } : { text, runtime }, version: 1 },
});

/** A timer handle that never fires: the transitions only carry it. */
const timer = setTimeout(() => {}, 0);
clearTimeout(timer);

describe('the writer state machine', () => {
  it('starts with nothing asked and nothing kept in IndexedDB', () => {
    expect(writer.initialWriter()).toEqual({ copy: { at: 'localStorage', told: false } });
  });

  it('knows a request that repeats the last one field for field, and only for the same key', () => {
    const state = writer.ask(writer.initialWriter<State>(), asked('a'));
    expect(writer.isRepeat(state, asked('a'))).toBe(true);
    expect(writer.isRepeat(state, asked('a', 's'))).toBe(false);
    expect(writer.isRepeat(state, asked(undefined))).toBe(false);
    expect(writer.isRepeat(state, asked('a', 'r', 'other'))).toBe(false);
    expect(writer.isRepeat(writer.initialWriter<State>(), asked('a'))).toBe(false);
  });

  it('a new request replaces what waited; beginning the write leaves nothing waiting', () => {
    const waiting = writer.wait(writer.initialWriter<State>(), asked('big'), timer);
    expect(waiting.waiting).toEqual({ asked: asked('big'), timer });
    const next = writer.ask(waiting, asked('bigger'));
    expect(next.waiting).toBeUndefined();
    expect(next.asked).toEqual(asked('bigger'));
    expect(writer.begin(writer.wait(next, asked('bigger'), timer)).waiting).toBeUndefined();
  });

  it('counts only the latest IndexedDB write: any write begun after it overtakes it', () => {
    const first = Symbol('first');
    let state: WriterState<State> = writer.writeToIndexedDb(writer.initialWriter(), first);
    expect(writer.isLatest(state, first)).toBe(true);
    state = writer.begin(state);
    expect(writer.isLatest(state, first)).toBe(false);
    // IndexedDB still holds (or will hold) a text of this page's.
    expect(state.copy).toEqual({ at: 'indexedDb', told: false });
    const second = Symbol('second');
    state = writer.writeToIndexedDb(state, second);
    expect(writer.isLatest(state, first)).toBe(false);
    expect(writer.isLatest(state, second)).toBe(true);
    expect(writer.isLatest(writer.removed(state), second)).toBe(false);
  });

  it('tells a refusal once, until a write to either storage succeeds', () => {
    let state = writer.told(writer.initialWriter<State>());
    expect(state.copy).toEqual({ at: 'localStorage', told: true });
    state = writer.wroteLocalStorage(state);
    expect(state.copy.told).toBe(false);
    const write = Symbol('write');
    state = writer.told(writer.writeToIndexedDb(state, write));
    // A refusal ends the write; IndexedDB may still hold an older copy.
    expect(state.copy).toEqual({ at: 'indexedDb', told: true });
    state = writer.writeToIndexedDb(state, Symbol('again'));
    expect(state.copy.told).toBe(true);
    expect(writer.wroteIndexedDb(state).copy).toEqual({ at: 'indexedDb', told: false });
  });

  it('remembers what localStorage refused for size across every other transition', () => {
    let state = writer.refusedForSize(writer.initialWriter<State>(), 'huge', 'quota');
    state = writer.wroteIndexedDb(writer.writeToIndexedDb(state, Symbol('write')));
    state = writer.removed(writer.wroteLocalStorage(writer.begin(state)));
    expect(state.tooLarge).toEqual({ text: 'huge', error: 'quota' });
  });

  it('a text read back makes the IndexedDB copy this page’s, without ending a running write', () => {
    expect(writer.readBack(writer.initialWriter<State>()).copy).toEqual({
      at: 'indexedDb',
      told: false,
    });
    const write = Symbol('write');
    const writing = writer.writeToIndexedDb(writer.initialWriter<State>(), write);
    expect(writer.isLatest(writer.readBack(writing), write)).toBe(true);
  });

  it('removing forgets what was asked and what waited, and keeps whether a refusal was told', () => {
    const state = writer.removed(
      writer.wait(
        writer.told(writer.ask(writer.readBack(writer.initialWriter<State>()), asked('a'))),
        asked('a'),
        timer,
      ),
    );
    expect(state).toEqual({ copy: { at: 'localStorage', told: true } });
  });
});
