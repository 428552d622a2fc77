/**
 * The model sequences.spec.ts holds the app to: the text as a stack of undo states, the selected
 * container and the node, each user action's effect computed with the core the app uses
 * (applyContainerActions on a fresh parse), and a seeded generator of actions that fit the state.
 */
import { CAPABILITIES } from '../src/core/capabilityCatalog.ts';
import {
  applyContainerActions,
  type ContainerAction,
} from '../src/core/manifest/editCapabilities.ts';
import { parseManifest } from '../src/core/manifest/parse.ts';
import type { ContainerRef, ContainerType, RuntimeId, WorkloadRef } from '../src/core/model.ts';
import { KERNEL_VERSIONS, RUNTIME_VERSIONS } from '../src/core/node/nodeProfile.ts';
import { capabilityRequest } from '../src/core/process.ts';

/** A container as the picker names it: `workload / container`, and its list. */
export interface Selected {
  readonly workload: string;
  readonly type: ContainerType;
  readonly name: string;
}

export interface ModelNode {
  readonly runtime: RuntimeId;
  readonly runtimeVersion: string;
  readonly kernel: string;
}

export interface Model {
  /** Every text Ctrl+Z and Ctrl+Shift+Z can reach, oldest first. */
  readonly history: readonly string[];
  /** The current text's place in `history`. */
  readonly at: number;
  /** The lowest place undo may reach (below it: the text before Open file, not this test's). */
  readonly floor: number;
  readonly selected: Selected;
  readonly node: ModelNode;
  /** What the status line says after a form action the core refused; null otherwise. */
  readonly refusedEdit: string | null;
}

export type Step =
  /** A checkbox by accessible name: `add SYS_ADMIN`, `drop ALL`, `privileged`. */
  | { readonly kind: 'toggle'; readonly checkbox: string }
  /** A `Container` option: `toolbox / sidecar`. */
  | { readonly kind: 'container'; readonly option: string }
  | { readonly kind: 'runtime'; readonly runtime: RuntimeId }
  | { readonly kind: 'runtime-version'; readonly version: string }
  | { readonly kind: 'kernel'; readonly version: string }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' };

export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'toggle':
      return `click ${step.checkbox}`;
    case 'container':
      return `Container: ${step.option}`;
    case 'runtime':
      return `Runtime: ${step.runtime}`;
    case 'runtime-version':
      return `Runtime version: ${step.version}`;
    case 'kernel':
      return `Kernel: ${step.version}`;
    case 'undo':
      return 'Ctrl+Z';
    case 'redo':
      return 'Ctrl+Shift+Z';
  }
}

export function currentText(model: Model): string {
  return model.history[model.at]!;
}

export function optionOf(selected: Selected): string {
  return `${selected.workload} / ${selected.name}`;
}

/** The selected container in `text`, read the way the app reads it (the core's parse). */
export function findSelected(
  text: string,
  selected: Selected,
): { workload: WorkloadRef; container: ContainerRef } {
  const manifest = parseManifest(text);
  const workload = manifest.workloads.find((w) => w.name === selected.workload);
  const container = workload?.containers.find(
    (c) => c.type === selected.type && c.name === selected.name,
  );
  if (!workload || !container) throw new Error(`no container ${optionOf(selected)} in the text`);
  return { workload, container };
}

/** Every checkbox of the checklist by accessible name, checked or not, for the selected container. */
export function expectedCheckboxes(text: string, selected: Selected): Record<string, boolean> {
  const request = capabilityRequest(findSelected(text, selected).container);
  const states: Record<string, boolean> = { privileged: request.privileged };
  for (const name of ['ALL', ...CAPABILITIES.map((c) => c.name)]) {
    states[`add ${name}`] = request.add.includes(name);
    states[`drop ${name}`] = request.drop.includes(name);
  }
  return states;
}

/** Every container of `text` as the picker offers them. */
export function allContainers(text: string): Selected[] {
  return parseManifest(text).workloads.flatMap((w) =>
    w.containers.map((c) => ({ workload: w.name, type: c.type, name: c.name })),
  );
}

/** The model after loading `text` on top of `before` (Open file: one undo step). */
export function initialModel(before: string, text: string, selected: Selected): Model {
  return {
    history: [before, text],
    at: 1,
    floor: 1,
    selected,
    node: {
      runtime: 'containerd',
      runtimeVersion: RUNTIME_VERSIONS.containerd.at(-1)!,
      kernel: KERNEL_VERSIONS.at(-1)!,
    },
    refusedEdit: null,
  };
}

/** What clicking `checkbox` asks of the core: the checklist's toggle of the current state. */
function actionOf(checkbox: string, text: string, selected: Selected): ContainerAction {
  const request = capabilityRequest(findSelected(text, selected).container);
  if (checkbox === 'privileged') return { type: 'set-privileged', value: !request.privileged };
  const [list, name] = checkbox.split(' ') as ['add' | 'drop', string];
  return { type: 'set-capability', list, name, present: !request[list].includes(name) };
}

/** The model after `step`. */
export function applyStep(model: Model, step: Step): Model {
  const next = { ...model, refusedEdit: null };
  switch (step.kind) {
    case 'toggle': {
      const text = currentText(model);
      const { workload, container } = findSelected(text, model.selected);
      const action = actionOf(step.checkbox, text, model.selected);
      const result = applyContainerActions(
        text,
        { documentIndex: workload.documentIndex, path: container.path },
        [action],
      );
      if (!result.ok) return { ...next, refusedEdit: result.error.message };
      if (result.text === text) return next;
      // A new edit drops what redo could have brought back, as Monaco's undo stack does.
      const history = [...model.history.slice(0, model.at + 1), result.text];
      return { ...next, history, at: model.at + 1 };
    }
    case 'container': {
      const selected = allContainers(currentText(model)).find((c) => optionOf(c) === step.option);
      if (!selected) throw new Error(`no option ${step.option}`);
      return { ...next, selected };
    }
    case 'runtime': {
      // The preferences slice keeps the version when the new runtime has it, else takes its newest.
      const versions = RUNTIME_VERSIONS[step.runtime];
      const runtimeVersion = versions.includes(model.node.runtimeVersion)
        ? model.node.runtimeVersion
        : versions.at(-1)!;
      return { ...next, node: { ...model.node, runtime: step.runtime, runtimeVersion } };
    }
    case 'runtime-version':
      return { ...next, node: { ...model.node, runtimeVersion: step.version } };
    case 'kernel':
      return { ...next, node: { ...model.node, kernel: step.version } };
    case 'undo':
      return { ...next, at: Math.max(model.floor, model.at - 1) };
    case 'redo':
      return { ...next, at: Math.min(model.history.length - 1, model.at + 1) };
  }
}

/** mulberry32: a tiny seeded PRNG, so that a seed replays the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Picks among `[weight, make]` entries with a positive weight. */
function weighted<T>(random: () => number, entries: readonly (readonly [number, () => T])[]): T {
  const live = entries.filter(([w]) => w > 0);
  let r = random() * live.reduce((sum, [w]) => sum + w, 0);
  for (const [w, make] of live) {
    r -= w;
    if (r < 0) return make();
  }
  return live.at(-1)![1]();
}

const RUNTIMES: readonly RuntimeId[] = ['containerd', 'cri-o', 'docker'];

/** A checkbox to click: often one whose name the container's lists hold, so items also go away. */
function pickCheckbox(random: () => number, text: string, selected: Selected): string {
  const request = capabilityRequest(findSelected(text, selected).container);
  const known = new Set(['ALL', ...CAPABILITIES.map((c) => c.name)]);
  const present = [
    ...request.add.filter((n) => known.has(n)).map((n) => `add ${n}`),
    ...request.drop.filter((n) => known.has(n)).map((n) => `drop ${n}`),
  ];
  return weighted(random, [
    [present.length > 0 ? 4 : 0, () => pick(random, present)],
    [5, () => `${pick(random, ['add', 'drop'])} ${pick(random, CAPABILITIES).name}`],
    [1, () => pick(random, ['add ALL', 'drop ALL', 'privileged'])],
  ]);
}

/** A next step that fits the model: undo only when there is something of this test's to undo. */
export function nextStep(random: () => number, model: Model): Step {
  const text = currentText(model);
  const others = allContainers(text).filter((c) => optionOf(c) !== optionOf(model.selected));
  return weighted<Step>(random, [
    [6, () => ({ kind: 'toggle', checkbox: pickCheckbox(random, text, model.selected) })],
    [2, () => ({ kind: 'container', option: optionOf(pick(random, others)) })],
    [
      1,
      () => ({
        kind: 'runtime',
        runtime: pick(
          random,
          RUNTIMES.filter((r) => r !== model.node.runtime),
        ),
      }),
    ],
    [
      0.7,
      () => ({
        kind: 'runtime-version',
        version: pick(random, RUNTIME_VERSIONS[model.node.runtime]),
      }),
    ],
    [0.7, () => ({ kind: 'kernel', version: pick(random, KERNEL_VERSIONS) })],
    [model.at > model.floor ? 3 : 0, () => ({ kind: 'undo' })],
    [model.at < model.history.length - 1 ? 3 : 0, () => ({ kind: 'redo' })],
  ]);
}
