import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

function electronInstalled(): boolean {
  try {
    createRequire(import.meta.url)('electron')
    return true
  } catch {
    return false
  }
}

describe('npm start', () => {
  it.skipIf(electronInstalled())('without the Electron binary says so in one clear sentence and exits non-zero', () => {
    const result = spawnSync(process.execPath, ['scripts/start.mjs'], { encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^Exchange Desk cannot start: the Electron program is not installed/)
    expect(result.stderr).toContain('npm rebuild electron')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
