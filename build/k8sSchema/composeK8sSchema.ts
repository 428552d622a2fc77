import type { JSONSchema } from 'monaco-yaml';

/** The kinds the editor validates; every other `kind` (Service, ConfigMap, ...) passes unchecked. */
export const WORKLOAD_KINDS = [
  'Pod',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'ReplicationController',
  'PodTemplate',
  'List',
] as const;

/** What the schema needs to know about a capability name offered in `add`/`drop`. */
export interface CapabilityDoc {
  readonly name: string;
  readonly summary: string;
}

const ALL_CAPABILITIES: CapabilityDoc = {
  name: 'ALL',
  summary: 'Every capability: `add: [ALL]` grants the full set, `drop: [ALL]` starts from none.',
};

const DISPATCHER = 'KubernetesObject';

/**
 * Combines generated per-kind definitions into one schema for a whole YAML document: `kind` picks
 * the definition (if/then, so unknown kinds and other documents of a Helm render stay unflagged),
 * `List` items are dispatched the same way, quantities accept numbers as the API server does, and
 * capability names complete with their summaries.
 */
export function composeK8sSchema(
  generated: Readonly<Record<string, JSONSchema>>,
  capabilities: readonly CapabilityDoc[],
): JSONSchema {
  const definitions: Record<string, JSONSchema> = { ...generated };
  for (const kind of WORKLOAD_KINDS) {
    if (!definitions[kind]) throw new Error(`no generated definition for ${kind}`);
  }

  definitions[DISPATCHER] = {
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      // anyOf with a plain string: the kinds are offered as completions without flagging others.
      kind: { anyOf: [{ enum: [...WORKLOAD_KINDS] }, { type: 'string' }] },
    },
    allOf: WORKLOAD_KINDS.map((kind) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: `#/definitions/${kind}` },
    })),
  };

  definitions.List = withProperty(definitions.List, 'items', (items) => ({
    ...items,
    items: { $ref: `#/definitions/${DISPATCHER}` },
  }));

  // kubernetes-types declares Quantity as a string, but `cpu: 1` is valid and common.
  const quantity = definitions.Quantity;
  if (quantity) definitions.Quantity = { ...quantity, type: ['string', 'number'] };

  const names = [...capabilities, ALL_CAPABILITIES];
  const capabilityName: JSONSchema = {
    // A plain-string alternative keeps unknown names valid here: Podcaps' inspection explains them.
    anyOf: [
      {
        enum: names.map((c) => c.name),
        enumDescriptions: names.map((c) => c.summary),
        markdownEnumDescriptions: names.map((c) => c.summary),
      },
      { type: 'string' },
    ],
  };
  for (const list of ['add', 'drop'] as const) {
    definitions.Capabilities = withProperty(definitions.Capabilities, list, (property) => ({
      ...property,
      items: capabilityName,
    }));
  }

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $ref: `#/definitions/${DISPATCHER}`,
    definitions,
  };
}

function withProperty(
  schema: JSONSchema | undefined,
  key: string,
  change: (property: JSONSchema) => JSONSchema,
): JSONSchema {
  const property = schema?.properties?.[key];
  if (!schema || typeof property !== 'object') {
    throw new Error(`generated schema lacks property ${key}`);
  }
  return { ...schema, properties: { ...schema.properties, [key]: change(property) } };
}
