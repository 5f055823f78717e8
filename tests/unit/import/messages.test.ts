import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { importMessages } from '../../../shared/i18n/messages/import'
import { IMPORT_PROFILES } from '../../../shared/import/profiles'
import { ROW_PROBLEM_CODES } from '../../../electron/services/import/rowChecks'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

const code = sources('electron/services/import').map((f) => readFileSync(f, 'utf8')).join('\n')

describe('the import catalogue', () => {
  it('has the same keys in Slovenian and English, and every message parses', () => {
    expect(Object.keys(importMessages.sl).sort()).toEqual(Object.keys(importMessages.en).sort())
    for (const lang of ['sl', 'en'] as const)
      for (const [key, message] of Object.entries(importMessages[lang])) {
        expect(key, key).toMatch(/^(import|error\.import)\./)
        expect(() => new IntlMessageFormat(message, lang), `${lang} ${key}`).not.toThrow()
      }
  })

  it('has a message for every user error the engine raises', () => {
    const codes = new Set([...code.matchAll(/new UserError\('([^']+)'/g)].map((m) => m[1]!))
    expect(codes.size).toBeGreaterThan(10)
    for (const c of codes) expect(importMessages.sl, c).toHaveProperty([`error.${c}`])
  })

  it('has a message for every row problem and notice the engine reports', () => {
    const codes = new Set([
      ...[...code.matchAll(/(?:error|warning)\('([a-z_]+)'/g)].map((m) => m[1]!),
      ...[...code.matchAll(/code: '([a-z_]+)'/g)].map((m) => m[1]!),
      ...[...code.matchAll(/sheetNotice\([^,]+, '([a-z_]+)'/g)].map((m) => m[1]!),
      ...[...code.matchAll(/add\([^,(]+, '([a-z_]+)'/g)].map((m) => m[1]!),
      ...ROW_PROBLEM_CODES,
    ])
    expect(codes.size).toBeGreaterThan(25)
    for (const c of codes) expect(importMessages.en, c).toHaveProperty([`import.problem.${c}`])
  })

  it('names every field of every profile', () => {
    for (const profile of Object.values(IMPORT_PROFILES)) for (const field of profile.fields) expect(importMessages.sl).toHaveProperty([`import.field.${field.name}`])
  })
})
