import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const NODE_ONLY = ['electron', 'better-sqlite3', 'node:*', 'fs', 'path', 'os', 'child_process']

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'db/migrations/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_ONLY.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'The renderer talks to main only through window.api.' })),
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            { group: ['**/electron/**', '**/db/**'], message: 'The renderer talks to main only through window.api.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_ONLY.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'shared/ runs in both processes: no Node, no Electron.' })),
          patterns: [{ group: ['node:*', '**/electron/**', '**/db/**', '**/renderer/**'], message: 'shared/ imports neither Node, main nor the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/cli.ts', 'electron/router.ts', 'electron/handlers.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Services run in the CLI, tests and the app: only electron/main, preload, ipc, dialogs and window may import electron.' }] },
      ],
    },
  },
)
