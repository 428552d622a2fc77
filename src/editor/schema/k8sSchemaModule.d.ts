// The virtual module served by k8sSchemaPlugin.ts.
declare module 'virtual:podcaps/k8s-schema' {
  import type { JSONSchema } from 'monaco-yaml';

  const schema: JSONSchema;
  export default schema;
}
