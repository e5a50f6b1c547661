// Lint rules. The important one: src/shared is the pure domain — it may not import the DOM-, Node-, Electron-,
// Dexie-, React- or i18next-bound worlds. The tsconfig for that folder has no DOM or Node types either.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const forbiddenInShared = [
  'electron',
  'dexie',
  'dexie-react-hooks',
  'dexie-export-import',
  'react',
  'react-dom',
  'i18next',
  'react-i18next',
  'antd',
  'exceljs',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'test/fixtures/generated/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInShared.map((name) => ({
            name,
            message: 'src/shared is the pure domain: no platform imports.',
          })),
          patterns: [
            {
              group: ['node:*', '@renderer/*', '../main/*', '../renderer/*', '../preload/*'],
              message: 'src/shared is the pure domain: no platform imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the host only through the host bridge.' }],
          patterns: [{ group: ['node:*'], message: 'No Node modules in the renderer.' }],
        },
      ],
    },
  },
)
