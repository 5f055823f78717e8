import { describe, expect, it } from 'vitest'
import { compileTemplate, composeLetter } from '../../../shared/letters/compose'
import { DEFAULT_TEMPLATES } from '../../../shared/letters/defaults'
import { LETTER_KINDS, PLACEMENT_LETTER_KINDS, type LetterData } from '../../../shared/letters/types'
import { HOSTILE_NAME, sampleLetterData } from '../../fixtures/letters/data'

const LANGS = ['sl', 'en'] as const
const CASES = LETTER_KINDS.flatMap((kind) => LANGS.map((lang) => [kind, lang] as const))
/** The letters sent before an exchange: addressed with a salutation, with the programme's terms. */
const PLACEMENT_CASES = PLACEMENT_LETTER_KINDS.flatMap((kind) => LANGS.map((lang) => [kind, lang] as const))

/** What a letter's text shows once its HTML is read as text, as pdftotext would. */
function visibleText(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

function sparseData(): LetterData {
  const data = sampleLetterData()
  return {
    ...data,
    participant: { fullName: 'Janez Novak', firstName: 'Janez', lastName: 'Novak', gender: null },
    home: { ...data.home, contact: null },
    host: { ...data.host, contact: null },
    mentor: null,
    placement: { ...data.placement, driver: null },
  }
}

describe('default letters', () => {
  it.each(CASES)('%s letter in %s compiles and fills every part from the data', (kind, lang) => {
    const letter = composeLetter({ kind, language: lang, template: compileTemplate(DEFAULT_TEMPLATES[kind][lang]), data: sampleLetterData() })
    const text = visibleText(letter.bodyHtml)
    const expected = [
      '0100-12/2026-3',
      lang === 'sl' ? '9. 11. 2026' : '9 November 2026',
      'Đurđa Čeh Šuštarić',
      'Ministrstvo za kmetijstvo, gozdarstvo in prehrano',
      'Tovarna čokolade Žužemberk d.o.o.',
      '8360 Žužemberk',
      'Miloš Đorđević',
      lang === 'sl' ? 'od 23. 11. 2026 do 27. 11. 2026' : 'from 23 November 2026 to 27 November 2026',
      lang === 'sl' ? '5 delovnih dni' : '5 working days',
      lang === 'sl' ? 'prenos dobre prakse med organizacijama' : 'transferring a good practice between organisations',
      'Izmenjave 2026',
      'mag. Nataša Kovačič Đurić',
      'generalna direktorica Direktorata za javni sektor',
    ]
    for (const value of expected) expect(text, value).toContain(value)
    expect(text).not.toMatch(/[{}]/)
    expect(letter.bodyHtml).not.toMatch(/<p>\s*<\/p>|<li>\s*<\/li>/)
    expect(letter.fileName).toBe(`2026-003_Ceh_Sustaric_Durda_${kind}.pdf`)
  })

  it.each(PLACEMENT_CASES)('%s letter in %s greets the addressee by the recorded gender', (kind, lang) => {
    const text = visibleText(composeLetter({ kind, language: lang, template: DEFAULT_TEMPLATES[kind][lang], data: sampleLetterData() }).bodyHtml)
    const salutation = {
      participant: { sl: 'Spoštovana gospa Čeh Šuštarić,', en: 'Dear Ms Čeh Šuštarić,' },
      host: { sl: 'Spoštovana gospa Ana Ščurek,', en: 'Dear Ana Ščurek,' },
      home: { sl: 'Spoštovani gospod Boštjan Kržič,', en: 'Dear Boštjan Kržič,' },
    }[kind][lang]
    expect(text).toContain(salutation)
  })

  it.each(PLACEMENT_CASES)('%s letter in %s reads well without mentor, contacts, purpose or gender', (kind, lang) => {
    const html = composeLetter({ kind, language: lang, template: DEFAULT_TEMPLATES[kind][lang], data: sparseData() }).bodyHtml
    const text = visibleText(html)
    expect(text).not.toMatch(/[{}]|\(\)|, ,|: ,/)
    // A bold label ("Mentor:") with nothing after it would mean a condition is missing in the template.
    expect(html).not.toMatch(/<p>\s*<\/p>|<li>\s*<\/li>|:\s*<\/strong>\s*(<br>|<\/p>)/)
    expect(text).not.toContain('Miloš')
    if (kind === 'participant') expect(text).toContain(lang === 'sl' ? 'Spoštovani,' : 'Dear Janez Novak,')
    else expect(text).toContain(lang === 'sl' ? 'Spoštovani,' : 'Dear Sir or Madam,')
    if (kind !== 'participant' && lang === 'en') expect(text).toContain('Yours faithfully,')
  })

  it.each(PLACEMENT_CASES)('%s letter in %s names the terms the programme requires', (kind, lang) => {
    const text = visibleText(composeLetter({ kind, language: lang, template: DEFAULT_TEMPLATES[kind][lang], data: sampleLetterData() }).bodyHtml).toLowerCase()
    const terms =
      lang === 'sl'
        ? ['zaupn', 'delovn', 'zavar', 'ničesar ne plača', '2016/679']
        : ['confidential', 'employ', 'insur', 'pay each other nothing', '2016/679']
    for (const term of terms) expect(text, term).toContain(term)
    expect(text).toContain(lang === 'sl' ? 'vročiti:' : 'distribution:')
  })

  it.each(CASES)('%s letter in %s prints a hostile name as text', (kind, lang) => {
    const data = sampleLetterData()
    const hostile = { ...data, participant: { ...data.participant, fullName: HOSTILE_NAME } }
    const html = composeLetter({ kind, language: lang, template: DEFAULT_TEMPLATES[kind][lang], data: hostile }).bodyHtml
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })
})
