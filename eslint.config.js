import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiPackages = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'monaco-editor',
  'monaco-editor/*',
  'monaco-yaml',
  'monaco-yaml/*',
  '@monaco-editor/*',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      'node_modules',
      'test-results',
      'playwright-report',
      'src/editor/generated',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The core is shared by the browser app and the Node CLI: no UI framework, no editor, no DOM.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiPackages,
              message: 'src/core is framework-free: no React, Zustand or Monaco.',
            },
            {
              group: [
                '**/store/**',
                '**/components/**',
                '**/editor/**',
                '**/cli/**',
                '**/App',
                '**/App.tsx',
              ],
              message: 'Imports flow one way: core → store → editor/components → app.',
            },
            {
              group: ['node:*', 'fs', 'path', 'process'],
              message: 'src/core runs in the browser too: no Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'location',
        'process',
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/components/**',
                '**/editor/**',
                '**/cli/**',
                'monaco-editor',
                'monaco-editor/*',
                '@monaco-editor/*',
              ],
              message: 'The store sits below the views and the editor.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...uiPackages, '**/store/**', '**/components/**', '**/editor/**'],
              message: 'The CLI runs on src/core only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Test support lives in testing/, out of src; production code never reaches it, nor vitest.
    files: ['src/**/*.{ts,tsx}', 'build/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/(^|\\/)testing\\//]',
          message: 'testing/ is test support: only tests import it.',
        },
        {
          selector: 'ImportExpression[source.value=/(^|\\/)testing\\//]',
          message: 'testing/ is test support: only tests import it.',
        },
        {
          selector: 'ImportDeclaration[source.value=/^(vitest|@testing-library\\/)/]',
          message: 'Only tests import vitest and the testing library.',
        },
      ],
    },
  },
);
