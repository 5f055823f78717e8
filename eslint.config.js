import { readFileSync } from 'node:fs'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/**
 * What git ignores, eslint ignores: build output, test results, databases, the Electron build of better-sqlite3
 * in .cache/ and scratch files. Each .gitignore line becomes a flat-config pattern the way @eslint/compat's
 * `includeIgnoreFile` converts it (that package is not installed): a name without an inner slash matches at any
 * depth, a leading slash anchors it at the root.
 */
export function gitignorePatterns(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!')
      const pattern = negated ? line.slice(1) : line
      const slash = pattern.indexOf('/')
      const anywhere = slash < 0 || slash === pattern.length - 1 ? '**/' : ''
      const anchored = slash === 0 ? pattern.slice(1) : pattern
      return `${negated ? '!' : ''}${anywhere}${anchored}${pattern.endsWith('/**') ? '/*' : ''}`
    })
}

const GITIGNORED = gitignorePatterns(readFileSync(new URL('.gitignore', import.meta.url), 'utf8'))

const NODE_ONLY = ['electron', 'better-sqlite3', 'node:*', 'fs', 'path', 'os', 'child_process']

export default tseslint.config(
  { name: 'gitignore', ignores: [...GITIGNORED, 'db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
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
