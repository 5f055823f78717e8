import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { lettersMessages } from '../../../shared/i18n/messages/letters'
import { compileTemplate, previewLetterBody, renderLetterBody } from '../../../shared/letters/compose'
import { DEFAULT_TEMPLATES } from '../../../shared/letters/defaults'
import { FIELDS, listFields } from '../../../shared/letters/fields'
import { sampleLetterData } from '../../fixtures/letters/data'

const ROOTS = ['shared/letters', 'electron/services/letters']

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
  )
}

describe('letters catalogue', () => {
  it('has the same keys in Slovenian and English, all valid ICU', () => {
    expect(Object.keys(lettersMessages.sl).sort()).toEqual(Object.keys(lettersMessages.en).sort())
    for (const [lang, messages] of Object.entries(lettersMessages))
      for (const message of Object.values(messages)) expect(() => new IntlMessageFormat(message, lang)).not.toThrow()
  })

  it('has a message in both languages for every error the letters code raises', () => {
    const text = ROOTS.flatMap(sources).join('\n')
    const direct = [...text.matchAll(/UserError\('(letters\.[A-Za-z.]+)'/g)].map((m) => m[1]!)
    const template = [...text.matchAll(/templateError\('([A-Za-z]+)'/g)].map((m) => `letters.template.${m[1]}`)
    const codes = [...new Set([...direct, ...template])]
    expect(codes.length).toBeGreaterThan(15)
    for (const code of codes) {
      expect(lettersMessages.sl[`error.${code}`], code).toBeDefined()
      expect(lettersMessages.en[`error.${code}`], code).toBeDefined()
    }
  })

  it('says where a template error is, in the user’s language', () => {
    const format = (lang: 'sl' | 'en') => new IntlMessageFormat(lettersMessages[lang]['error.letters.template.unknownField']!, lang).format({ line: 4, column: 12, field: 'host.adress' })
    expect(format('sl')).toBe('Vrstica 4, stolpec 12: polja „host.adress“ ni. Izberite polje s seznama.')
    expect(format('en')).toBe('Line 4, column 12: there is no field “host.adress”. Choose a field from the list.')
  })
})

describe('merge fields', () => {
  it('lists every field once, described in both languages', () => {
    const paths = FIELDS.map((f) => f.path)
    expect(new Set(paths).size).toBe(paths.length)
    for (const lang of ['sl', 'en'] as const) {
      const list = listFields(lang)
      expect(list).toHaveLength(paths.length)
      for (const field of list) expect(field.description, field.path).not.toMatch(/^letters\.|^$/)
    }
    expect(listFields('sl').find((f) => f.path === 'host.contact.email')).toMatchObject({ groupLabel: 'Gostiteljska organizacija', description: 'Kontaktna oseba organizacije: E-pošta' })
    expect(listFields('en').find((f) => f.path === 'participant.salutation')?.description).toBe('Salutation from the recorded gender, e.g. Dear Ms Novak')
  })

  it('accepts every listed field in a template and fills it from the data', () => {
    const data = sampleLetterData()
    for (const field of FIELDS) {
      const source = field.kind === 'flag' ? `{#if ${field.path}}da{#else}ne{/if}` : `{${field.path}}`
      const html = renderLetterBody(compileTemplate(source), data, 'sl')
      expect(html, field.path).not.toBe('')
    }
  })

  it('fills fields with the letter’s data in its language', () => {
    const data = sampleLetterData()
    const render = (source: string, lang: 'sl' | 'en') => renderLetterBody(source, data, lang)
    expect(render('{placement.driver}', 'sl')).toBe('<p>prenos dobre prakse med organizacijama</p>')
    expect(render('{placement.driver}', 'en')).toBe('<p>transferring a good practice between organisations</p>')
    expect(render('{ministry.name}', 'en')).toBe('<p>Ministry of Public Administration</p>')
    expect(render('{host.addressLine}', 'sl')).toBe('<p>Grajski trg 4, 8360 Žužemberk</p>')
    expect(render('{letter.placeAndDate}', 'sl')).toBe('<p>Ljubljana,&nbsp;9.&nbsp;11.&nbsp;2026</p>')
    expect(render('{mentor.salutation}', 'sl')).toBe('<p>Spoštovani gospod Miloš Đorđević</p>')
    expect(render('{letter.signature}', 'sl')).toContain('<div class="signatory-name">mag. Nataša Kovačič Đurić</div>')
  })

  it('leaves the fields of a missing mentor or contact empty, so conditions can skip them', () => {
    const data = { ...sampleLetterData(), mentor: null, placement: { ...sampleLetterData().placement, driver: null } }
    data.host = { ...data.host, contact: null }
    const source = '{#if mentor.fullName}M{#else}brez mentorja{/if} {#if placement.driver}D{#else}brez namena{/if} {host.contact.salutation}'
    expect(renderLetterBody(source, data, 'sl')).toBe('<p>brez mentorja brez namena Spoštovani</p>')
    expect(renderLetterBody(source, data, 'en')).toBe('<p>brez mentorja brez namena Dear Sir or Madam</p>')
  })
})

describe('live preview', () => {
  it('returns the body, or the mistake with its place, without throwing', () => {
    expect(previewLetterBody('{participant.fullName}', sampleLetterData(), 'sl')).toEqual({ ok: true, value: '<p>Đurđa Čeh Šuštarić</p>' })
    expect(previewLetterBody('Dober dan\n{#if mentor.phone}', sampleLetterData(), 'sl')).toEqual({
      ok: false,
      error: { code: 'letters.template.unclosedBlock', params: { tag: '{#if}', line: 2, column: 1 } },
    })
  })

  it('parses and renders a default letter well within a keystroke’s budget', () => {
    const data = sampleLetterData()
    renderLetterBody(DEFAULT_TEMPLATES.participant.sl, data, 'sl')
    const start = performance.now()
    // Each edit changes the source, so every round parses afresh as the editor would.
    for (let i = 0; i < 20; i++) renderLetterBody(`${DEFAULT_TEMPLATES.participant.sl}${i}`, data, 'sl')
    expect((performance.now() - start) / 20).toBeLessThan(100)
  })
})
