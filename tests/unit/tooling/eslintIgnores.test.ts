import { readFileSync } from 'node:fs'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
// @ts-expect-error eslint.config.js is plain JavaScript without types
import { gitignorePatterns } from '../../../eslint.config.js'

describe('eslint', () => {
  it('ignores what git ignores: the Electron driver build in .cache/, scratch files, build output', async () => {
    const eslint = new ESLint()
    for (const path of ['.cache/better-sqlite3-electron-39/lib/database.js', '.scratch/try.ts', 'out/cli/cli.mjs', 'dist/linux-unpacked/x.js', 'test-results/a.js', 'db/migrations/meta/x.js'])
      expect([path, await eslint.isPathIgnored(path)]).toEqual([path, true])
    for (const path of ['electron/cli.ts', 'scripts/desk.mjs', 'renderer/src/main.tsx', 'eslint.config.js'])
      expect([path, await eslint.isPathIgnored(path)]).toEqual([path, false])
  })

  it('reads every line of .gitignore the way git does', () => {
    const patterns = (gitignorePatterns as (text: string) => string[])(readFileSync('.gitignore', 'utf8'))
    expect(patterns).toContain('**/.cache/')
    expect(patterns).toContain('**/.scratch/')
    expect((gitignorePatterns as (text: string) => string[])('# note\n\n/build/tmp\nlogs/**\n!keep.ts\nsub/dir.ts\n')).toEqual(['build/tmp', 'logs/**/*', '!**/keep.ts', 'sub/dir.ts'])
  })
})
