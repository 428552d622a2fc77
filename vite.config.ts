import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './build/contentSecurityPolicyPlugin.ts';
import { k8sSchemaPlugin } from './build/k8sSchema/k8sSchemaPlugin.ts';
import { exampleManifestPlugin } from './build/exampleManifestPlugin.ts';

export default defineConfig({
  plugins: [react(), k8sSchemaPlugin(), exampleManifestPlugin(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Monaco and monaco-yaml are reached only through the lazy editor import; naming their
          // chunks keeps them cacheable apart from app code, and the schema loads as its own file.
          // A group takes its modules' dependencies along, and anything the app shares with it
          // would then be imported from the Monaco chunk, preloading all of Monaco at first paint:
          // hence not @monaco-editor/react (it brings React), and Vite's preload helper (Monaco
          // has dynamic imports, so does the app) in a group of its own, taken first.
          groups: [
            { name: 'preload-helper', test: /vite\/preload-helper/, priority: 2 },
            { name: 'monaco', test: /node_modules[\\/]monaco-/, priority: 1 },
            { name: 'k8s-schema', test: /virtual:podcaps\/k8s-schema/ },
          ],
        },
      },
    },
  },
  // Monaco's workers and monaco-yaml's are ES modules (they use import); Vite's default is iife.
  worker: { format: 'es' },
  // Found late by the dev optimizer otherwise, which then reloads the page once.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'testing/**/*.test.ts',
      'build/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
  },
});
