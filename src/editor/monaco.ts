/**
 * The one place Monaco is set up. Importing this module (only from the lazily loaded editor chunk)
 * runs it once per page, so React StrictMode's double mount never configures anything twice.
 */
// The editor core and its features without the ~80 other languages and their workers
// (editor.main.js pulls in all of them: several MB more).
import 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import { loader } from '@monaco-editor/react';
import { configureMonacoYaml } from 'monaco-yaml';
import k8sSchema from 'virtual:podcaps/k8s-schema';
import YamlWorker from './yaml.worker.ts?worker';

/** The model's URI: file-like, so the schema's `fileMatch` applies to it. */
export const MANIFEST_URI = 'file:///manifest.yaml';

self.MonacoEnvironment = {
  getWorker: (_moduleId, label) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

// Without this, @monaco-editor/react fetches Monaco from a CDN: nothing may leave the page.
loader.config({ monaco });

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  validate: true,
  completion: true,
  hover: true,
  // The schema's made-up URI names it; a "Source" link to it would lead nowhere.
  hoverSchemaSource: false,
  // Prettier reformatting the whole manifest would break the promise of keeping every byte.
  format: { enable: false },
  schemas: [
    {
      uri: 'file:///schemas/kubernetes-1.30-workloads.json',
      fileMatch: [MANIFEST_URI],
      schema: k8sSchema,
    },
  ],
});

export { monaco };
