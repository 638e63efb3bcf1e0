// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'util',
  'stream',
  'events',
  'buffer',
  'zlib',
  'http',
  'https',
  'net',
  'worker_threads',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // src/shared runs in main, preload, renderer and CLI alike: no runtime-specific imports.
    files: ['src/shared/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared phải thuần: không dùng electron.' },
            ...nodeModules.map((name) => ({ name, message: 'src/shared phải thuần: không dùng module của Node.' })),
            { name: 'react', message: 'src/shared phải thuần: không dùng React/DOM.' },
            { name: 'react-dom', message: 'src/shared phải thuần: không dùng React/DOM.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'src/shared phải thuần: không dùng module của Node.' },
            { group: ['electron/*', 'react-dom/*'], message: 'src/shared phải thuần.' },
            {
              group: ['**/main/**', '**/backend/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
              message: 'src/shared không được import ngược lên.',
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
        'process',
        'require',
        '__dirname',
        'Buffer',
      ],
    },
  },
  {
    // src/backend runs in Electron's main, the CLI and the e2e harness alike: Node, never electron,
    // and it never reaches up into the adapters that use it.
    files: ['src/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'src/backend chạy không cần Electron: đưa phần dùng electron vào src/main qua một port.',
            },
          ],
          patterns: [
            { group: ['electron/*'], message: 'src/backend không dùng electron.' },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
              message: 'src/backend không được import ngược lên.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI is the backend without a window: it never loads the Electron adapter.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'CLI không dùng electron.' }],
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'CLI chỉ dùng src/backend và src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Renderer chỉ nói chuyện qua window.api.' }],
          patterns: [
            { group: ['node:*', '**/main/**', '**/backend/**', '**/cli/**'], message: 'Renderer không chạy Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '**/main/**', '**/backend/**', '**/renderer/**'],
              message: 'Preload sandbox chỉ được require electron.',
            },
          ],
        },
      ],
    },
  },
);
