import { describe, expect, it } from 'vitest';
import type { JSONSchema } from 'monaco-yaml';
import { CAPABILITIES } from '../../src/core/capabilityCatalog.ts';
import { WORKLOAD_KINDS } from './composeK8sSchema.ts';
import { generateK8sSchema } from './generateK8sSchema.ts';

const schema = generateK8sSchema(CAPABILITIES);
const definitions = schema.definitions ?? {};

function property(definition: string, key: string): JSONSchema {
  const found = definitions[definition]?.properties?.[key];
  if (typeof found !== 'object') throw new Error(`${definition}.${key} missing`);
  return found;
}

describe('generateK8sSchema', () => {
  it('dispatches every workload kind by its kind field', () => {
    const dispatcher = definitions.KubernetesObject;
    const kinds = dispatcher?.allOf?.map((branch) =>
      typeof branch === 'object' && typeof branch.if === 'object'
        ? (branch.if.properties?.kind as JSONSchema).const
        : undefined,
    );
    expect(kinds).toEqual([...WORKLOAD_KINDS]);
    expect(schema.$ref).toBe('#/definitions/KubernetesObject');
    expect(property('List', 'items').items).toEqual({ $ref: '#/definitions/KubernetesObject' });
  });

  it('keeps the API field descriptions for hover', () => {
    expect(property('DeploymentSpec', 'replicas').description).toMatch(/^Number of desired pods/);
    expect(definitions.Capabilities?.description).toBe(
      'Adds and removes POSIX capabilities from running containers.',
    );
  });

  it('completes the 41 capability names and ALL in add and drop, without rejecting others', () => {
    for (const list of ['add', 'drop']) {
      const items = property('Capabilities', list).items as JSONSchema;
      const [names, anyString] = items.anyOf as JSONSchema[];
      expect(names?.enum).toHaveLength(42);
      expect(names?.enum).toContain('NET_ADMIN');
      expect(names?.enum?.at(-1)).toBe('ALL');
      expect(names?.markdownEnumDescriptions?.[12]).toBe(CAPABILITIES[12]?.summary);
      expect(anyString).toEqual({ type: 'string' });
    }
  });

  it('accepts numeric quantities such as cpu: 1', () => {
    expect(definitions.Quantity?.type).toEqual(['string', 'number']);
  });
});
