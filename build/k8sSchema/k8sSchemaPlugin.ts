/**
 * Vite plugin serving the generated Kubernetes schema as `virtual:podcaps/k8s-schema`. Generation
 * takes a couple of seconds, so the JSON is cached under node_modules/.cache/podcaps, keyed by
 * everything it is made from; nothing generated is committed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { CAPABILITIES } from '../../src/core/capabilityCatalog.ts';

export const K8S_SCHEMA_MODULE = 'virtual:podcaps/k8s-schema';
const RESOLVED_ID = `\0${K8S_SCHEMA_MODULE}`;

const here = path.dirname(fileURLToPath(import.meta.url));
// The inputs whose change must regenerate the schema (the generator code and its type entry).
const SOURCES = ['k8sWorkloadTypes.ts', 'composeK8sSchema.ts', 'generateK8sSchema.ts'].map((f) =>
  path.join(here, f),
);

export function k8sSchemaPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'podcaps-k8s-schema',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source) {
      return source === K8S_SCHEMA_MODULE ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of SOURCES) this.addWatchFile(file);
      const json = await cachedSchemaJson(root);
      // JSON.parse of a string literal parses faster than the equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}

async function cachedSchemaJson(root: string): Promise<string> {
  const capabilities = CAPABILITIES.map(({ name, summary }) => ({ name, summary }));
  const require = createRequire(path.join(root, 'package.json'));
  const hash = createHash('sha256');
  for (const pkg of ['kubernetes-types', 'ts-json-schema-generator']) {
    hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}\n`);
  }
  for (const file of SOURCES) hash.update(await readFile(file));
  hash.update(JSON.stringify(capabilities));
  const cacheDir = path.join(root, 'node_modules', '.cache', 'podcaps');
  const cacheFile = path.join(cacheDir, `k8s-schema-${hash.digest('hex').slice(0, 16)}.json`);

  try {
    return await readFile(cacheFile, 'utf8');
  } catch {
    // Not cached yet: generate below. Imported lazily so a cached build never loads TypeScript.
  }
  const { generateK8sSchema } = await import('./generateK8sSchema.ts');
  const json = JSON.stringify(generateK8sSchema(capabilities));
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so parallel builds never read a half-written cache file.
  const partial = `${cacheFile}.${process.pid}.tmp`;
  await writeFile(partial, json);
  await rename(partial, cacheFile);
  return json;
}
