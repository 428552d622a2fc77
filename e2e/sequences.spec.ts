import type { RuntimeId } from '../src/core/model.ts';
import { cachedCliPanel, type PanelContent } from './capshCli.ts';
import { expect, test, type PodcapsPage } from './fixtures.ts';
import {
  applyStep,
  currentText,
  describeStep,
  expectedCheckboxes,
  initialModel,
  mulberry32,
  nextStep,
  optionOf,
  type Model,
  type Step,
} from './sequenceModel.ts';

// Comments above, inside and between documents; flow style and mixed quoting; a Pod with an init
// container and two containers (one not root), a Deployment, and two documents that are no
// workloads. Every form edit must leave all of it byte for byte as the core's own edit does.
const MANIFEST = `# Rendered for the sequences test: comments above, inside and between documents.
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, labels: {app: "web"}}   # flow style kept
data:
  LOG_LEVEL: 'debug'
---
# The debug pod: an init container and two containers.
apiVersion: v1
kind: Pod
metadata:
  name: toolbox
spec:
  initContainers:
  - name: setup          # runs first
    image: 'busybox:1.36'
    securityContext:
      capabilities:
        add: ["CHOWN", 'NET_ADMIN']   # flow, mixed quotes
  containers:
    # the main shell
    - name: shell
      image: "ubuntu:22.04"
      securityContext:
        capabilities:
          drop:
            - NET_RAW      # no raw sockets
          add:
            - "SYS_TIME"
            - CAP_SYS_PTRACE   # a prefix runc does not strip

    - name: sidecar
      image: envoy
      securityContext:
        runAsUser: 1000
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: tools
spec:
  replicas: 2

  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: app
        image: nginx
        securityContext:
          privileged: false
          capabilities: {drop: [ALL], add: [NET_BIND_SERVICE, NET_FOO]}   # a typo Docker refuses
---
# A Service, not a workload.
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 80, targetPort: 8080}]
`;

// Fixed, so that a failure replays; picked among the first few thousand for what they do between
// them: undo and redo of another container's edit, an edit after undo, the whole-set toggles, the
// init container, the flow-style Deployment refused by Docker, runtime versions and kernels.
// PODCAPS_SEQUENCE_SEEDS=7,8 runs other seeds to explore.
const SEEDS = (process.env.PODCAPS_SEQUENCE_SEEDS ?? '2307,538,3089').split(',').map(Number);
const STEPS = 15;

// SPEC "Accessible names": the Runtime options.
const RUNTIME_LABELS: Readonly<Record<RuntimeId, string>> = {
  containerd: 'containerd',
  'cri-o': 'CRI-O',
  docker: 'Docker',
};

function combobox(app: PodcapsPage, name: string) {
  return app.page.getByRole('combobox', { name, exact: true });
}

/** Does `step` as a user would: a click, a choice in a combobox, a key in the editor. */
async function perform(app: PodcapsPage, step: Step): Promise<void> {
  switch (step.kind) {
    case 'toggle':
      return app.checkbox(step.checkbox).click();
    case 'container':
      await app.container.selectOption({ label: step.option });
      return;
    case 'runtime':
      await app.runtime.selectOption({ label: RUNTIME_LABELS[step.runtime] });
      return;
    case 'runtime-version':
      await combobox(app, 'Runtime version').selectOption(step.version);
      return;
    case 'kernel':
      await combobox(app, 'Kernel').selectOption(step.version);
      return;
    case 'undo':
    case 'redo':
      await app.editor.focus();
      await app.page.keyboard.press(
        step.kind === 'undo' ? 'ControlOrMeta+Z' : 'ControlOrMeta+Shift+Z',
      );
      return;
  }
}

/** Every checkbox in the checklist by accessible name, as the accessibility tree has them. */
async function shownCheckboxes(app: PodcapsPage): Promise<Record<string, boolean>> {
  const snapshot = await app.page.getByRole('region', { name: 'Capabilities' }).ariaSnapshot();
  const states: Record<string, boolean> = {};
  for (const match of snapshot.matchAll(/- checkbox "([^"]+)"( \[checked\])?/g)) {
    states[match[1]!] = match[2] !== undefined;
  }
  return states;
}

async function shownPanel(app: PodcapsPage): Promise<PanelContent> {
  return {
    // textContent: the pre holds the text byte for byte, its final newline included.
    pre: await app.capshText.allTextContents(),
    refusal: await app.capshRegion
      .getByText(/ refuses to start the container:$|^The API server rejects this pod:$/)
      .allTextContents(),
    notes: await app.capshRegion
      .getByRole('list', { name: 'Runtime notes' })
      .getByRole('listitem')
      .allTextContents(),
  };
}

/** Everything the page shows agrees with the model: text, pickers, checkboxes, capsh panel. */
async function expectAgrees(app: PodcapsPage, model: Model): Promise<void> {
  const text = currentText(model);
  await expect.poll(() => app.copiedYaml(), { message: 'the copied YAML' }).toBe(text);
  await expect(app.container.locator('option:checked')).toHaveText(optionOf(model.selected));
  await expect(app.runtime).toHaveValue(model.node.runtime);
  await expect(combobox(app, 'Runtime version')).toHaveValue(model.node.runtimeVersion);
  await expect(combobox(app, 'Kernel')).toHaveValue(model.node.kernel);
  await expect
    .poll(() => shownCheckboxes(app), { message: 'the checkboxes' })
    .toEqual(expectedCheckboxes(text, model.selected));
  const panel = await cachedCliPanel(text, model.selected, model.node);
  await expect.poll(() => shownPanel(app), { message: 'the capsh panel' }).toEqual(panel);
  if (model.refusedEdit !== null) await expect(app.status).toHaveText(model.refusedEdit);
}

for (const seed of SEEDS) {
  test(`a random sequence (seed ${seed}) keeps text, checklist and capsh in agreement`, async ({
    app,
  }, testInfo) => {
    // Each step copies the text, reads the checklist and may run the CLI: about a second or two
    // a step on a loaded two-core machine.
    test.setTimeout(150_000);
    await app.goto();
    // Open file once the editor is there: one undo step on top of the example, not a new history.
    await app.editorReady();
    const before = await app.copiedYaml();
    await app.openText('sequences.yaml', MANIFEST);
    let model = initialModel(before, MANIFEST, {
      workload: 'toolbox',
      type: 'container',
      name: 'shell',
    });
    await expectAgrees(app, model);

    const random = mulberry32(seed);
    const done: string[] = [];
    try {
      for (let i = 0; i < STEPS; i++) {
        const step = nextStep(random, model);
        done.push(describeStep(step));
        await test.step(`${i + 1}. ${describeStep(step)}`, async () => {
          model = applyStep(model, step);
          await perform(app, step);
          await expectAgrees(app, model);
        });
      }
    } catch (error) {
      const replay = `seed ${seed}, failed at step ${done.length}:\n${done.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n`;
      await testInfo.attach('sequence', { body: replay, contentType: 'text/plain' });
      console.error(replay);
      throw error;
    }
  });
}
