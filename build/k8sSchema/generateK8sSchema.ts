/**
 * Build-time (Node) generation of the editor's Kubernetes schema from `kubernetes-types`, run by
 * k8sSchemaPlugin.ts. Not imported by the app: the browser only gets the resulting JSON.
 */
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import type { JSONSchema } from 'monaco-yaml';
import { composeK8sSchema, WORKLOAD_KINDS } from './composeK8sSchema.ts';
import type { CapabilityDoc } from './composeK8sSchema.ts';

export const WORKLOAD_TYPES_FILE = fileURLToPath(new URL('./k8sWorkloadTypes.ts', import.meta.url));

/** Generates the definitions of the workload kinds (with descriptions) and composes the schema. */
export function generateK8sSchema(capabilities: readonly CapabilityDoc[]): JSONSchema {
  const generator = createGenerator({
    path: WORKLOAD_TYPES_FILE,
    type: [...WORKLOAD_KINDS],
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    // The input is declarations only, checked by the project's own `tsc`; skipping halves the time.
    skipTypeCheck: true,
    additionalProperties: false,
  });
  const generated = generator.createSchema([...WORKLOAD_KINDS]) as JSONSchema;
  return composeK8sSchema(generated.definitions ?? {}, capabilities);
}
