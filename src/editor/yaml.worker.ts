// Re-exported from a file of our own so Vite bundles it as a worker entry; pointing `?worker` at
// the package file directly fails with "Unexpected usage" (monaco-yaml README, Vite FAQ).
import 'monaco-yaml/yaml.worker.js';
