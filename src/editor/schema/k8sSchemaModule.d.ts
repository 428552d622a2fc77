// The virtual module served by vite-plugin-k8s-schema.ts.
declare module 'virtual:podcaps/k8s-schema' {
  import type { JSONSchema } from 'monaco-yaml';

  const schema: JSONSchema;
  export default schema;
}
