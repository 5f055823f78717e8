import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium, launchChromium } from '../../../electron/services/letters/chromium'
import { letterContent } from '../../../electron/services/letters/content'
import { openChromiumPrinter, type PdfPrinter } from '../../../electron/services/letters/printer'
import { letterPageRanges } from '../../../electron/services/letters/pdf'
import { writeLetterPdfs, type WrittenLetter } from '../../../electron/services/letters/write'
import { UserError } from '../../../shared/errors'
import { composeLetter, renderLetterBody } from '../../../shared/letters/compose'
import { DEFAULT_TEMPLATES } from '../../../shared/letters/defaults'
import { buildLetterDocument } from '../../../shared/letters/document'
import { PLACEMENT_LETTER_KINDS, type ComposedLetter, type LetterData } from '../../../shared/letters/types'
import { HOSTILE_NAME, MINISTRY, hostileLetterData, sampleLetterData } from '../../fixtures/letters/data'

const hasTool = (tool: string) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const chromium = findChromium()
const missing = [!chromium.found && `Chromium (not at ${chromium.path}; set CHROMIUM_PATH)`, !hasTool('pdftotext') && 'pdftotext/pdftoppm (poppler-utils)'].filter(Boolean)
if (missing.length > 0) console.warn(`letters PDF tests skipped: ${missing.join(' and ')} not installed`)

/** Where the page images go for a person to look at; kept out of git. */
const PNG_DIR = resolve('test-results/letters')

function pageText(file: string, first: number, last = first): string {
  return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

function compose(kind: ComposedLetter['kind'], language: 'sl' | 'en', sequence: number, data: LetterData = sampleLetterData()): ComposedLetter {
  const reference = `0100-12/2026-${sequence}`
  return composeLetter({ kind, language, template: DEFAULT_TEMPLATES[kind][language], data: { ...data, letter: { ...data.letter, reference, sequence } } })
}

const LETTERS = PLACEMENT_LETTER_KINDS.flatMap((kind, k) => (['sl', 'en'] as const).map((lang, l) => compose(kind, lang, k * 2 + l + 1)))
const HOSTILE = compose('participant', 'sl', 7, hostileLetterData())

function expectedText(letter: ComposedLetter): string[] {
  const sl = letter.language === 'sl'
  return [
    letter.reference,
    sl ? 'Ljubljana, 9. 11. 2026' : 'Ljubljana, 9 November 2026',
    'Đurđa Čeh Šuštarić',
    'Ministrstvo za kmetijstvo, gozdarstvo in prehrano',
    'Tovarna čokolade Žužemberk d.o.o.',
    'Grajski trg 4',
    '8360 Žužemberk',
    'Miloš Đorđević',
    sl ? 'od 23. 11. 2026 do 27. 11. 2026' : 'from 23 November 2026 to 27 November 2026',
    sl ? '5 delovnih dni' : '5 working days',
    sl ? 'prenos dobre prakse med organizacijama' : 'transferring a good practice between organisations',
    'Izmenjave 2026',
    sl ? 'MINISTRSTVO ZA JAVNO UPRAVO' : 'MINISTRY OF PUBLIC ADMINISTRATION',
    'Tržaška cesta 21',
    'mag. Nataša Kovačič Đurić',
    'generalna direktorica Direktorata za javni sektor',
  ]
}

describe.skipIf(missing.length > 0)('letters as PDF through the system Chromium', () => {
  let printer: PdfPrinter
  let dir: string
  let merged: { letters: WrittenLetter[]; pages: number }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'desk-letters-'))
    printer = await openChromiumPrinter()
    merged = await writeLetterPdfs(printer, { ministry: MINISTRY, letters: [...LETTERS, HOSTILE], outDir: dir, mergedFileName: 'round.pdf' })
    rmSync(PNG_DIR, { recursive: true, force: true })
    mkdirSync(PNG_DIR, { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, 'round.pdf'), join(PNG_DIR, 'round')])
  }, 60_000)

  afterAll(async () => {
    await printer?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('merges every letter into one PDF, each on its own pages', () => {
    expect(merged.letters.map((l) => [l.reference, l.kind, l.language, l.firstPage])).toEqual([
      ['0100-12/2026-1', 'participant', 'sl', 1],
      ['0100-12/2026-2', 'participant', 'en', 3],
      ['0100-12/2026-3', 'host', 'sl', 5],
      ['0100-12/2026-4', 'host', 'en', 7],
      ['0100-12/2026-5', 'home', 'sl', 9],
      ['0100-12/2026-6', 'home', 'en', 11],
      ['0100-12/2026-7', 'participant', 'sl', 13],
    ])
    expect(merged.letters.every((l) => l.pageCount === 2)).toBe(true)
    expect(merged.pages).toBe(14)
    expect(execFileSync('pdfinfo', [join(dir, 'round.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+14/)
    expect(readdirSync(PNG_DIR).filter((f) => f.endsWith('.png'))).toHaveLength(14)
  })

  it.each(LETTERS.map((l, i) => [l.kind, l.language, i] as const))('fills every field of the %s letter in %s, diacritics intact', (_kind, _lang, index) => {
    const letter = LETTERS[index]!
    const written = merged.letters[index]!
    const text = pageText(written.file, written.firstPage, written.firstPage + written.pageCount - 1)
    for (const value of expectedText(letter)) expect(text, value).toContain(value)
  })

  it('numbers the pages of each letter from 1, in the letter’s language, with its reference', () => {
    const file = merged.letters[0]!.file
    const footers = Array.from({ length: merged.pages }, (_, i) => /(Stran|Page) \d+ (od|of) \d+/.exec(pageText(file, i + 1))?.[0])
    expect(footers).toEqual(['Stran 1 od 2', 'Stran 2 od 2', 'Page 1 of 2', 'Page 2 of 2', 'Stran 1 od 2', 'Stran 2 od 2', 'Page 1 of 2', 'Page 2 of 2', 'Stran 1 od 2', 'Stran 2 od 2', 'Page 1 of 2', 'Page 2 of 2', 'Stran 1 od 2', 'Stran 2 od 2'])
    expect(pageText(file, 4)).toContain('0100-12/2026-2')
    expect(pageText(file, 4)).not.toContain('0100-12/2026-1 ')
  })

  it('prints a name made of markup as those characters', () => {
    const hostile = merged.letters[6]!
    const text = pageText(hostile.file, hostile.firstPage, hostile.firstPage + 1)
    expect(text).toContain(HOSTILE_NAME)
    expect(text).toContain('Spoštovana gospa src=x onerror=alert(1)>,')
  })

  it('prints a batch on paper with the same per-letter footers as the PDF, also when letters differ in length', async () => {
    // Chromium's print to PDF renders what the print dialog sends to the printer: the same layout engine and CSS.
    const long = { ...LETTERS[1]!, bodyHtml: LETTERS[1]!.bodyHtml + '<p>Dodatno besedilo, ki pismo podaljša na tretjo stran.</p>'.repeat(60) }
    const letters = [LETTERS[0]!, long, LETTERS[4]!]
    const ministry = { ...MINISTRY, footer: 'T: 01 478 16 00 · E: gp.mju@gov.si · www.gov.si' }
    const footers = (file: string, pages: number) =>
      Array.from({ length: pages }, (_, i) => {
        const text = pageText(file, i + 1)
        return `${/0100-12\/2026-\d+/.exec(text)?.[0]} ${/(Stran|Page) \d+ (od|of) \d+/.exec(text)?.[0]}`
      })
    const pdf = await writeLetterPdfs(printer, { ministry, letters, outDir: join(dir, 'paper'), mergedFileName: 'merged.pdf' })
    const letterPages = await letterPageRanges(printer, { ministry, letters })
    expect(letterPages).toEqual([{ start: 0, count: 2 }, { start: 2, count: 4 }, { start: 6, count: 2 }])
    const paperFile = join(dir, 'paper', 'paper.pdf')
    writeFileSync(paperFile, await printer.print(buildLetterDocument({ ministry, letters, footer: 'paper', letterPages })))
    const expected = ['1 Stran 1 od 2', '1 Stran 2 od 2', '2 Page 1 of 4', '2 Page 2 of 4', '2 Page 3 of 4', '2 Page 4 of 4', '5 Stran 1 od 2', '5 Stran 2 od 2'].map((f) => `0100-12/2026-${f}`)
    expect(footers(pdf.letters[0]!.file, pdf.pages)).toEqual(expected)
    expect(footers(paperFile, pdf.pages)).toEqual(expected)
    // The ministry's footer line is on every page of both.
    for (let page = 1; page <= pdf.pages; page++) expect(pageText(paperFile, page)).toContain('T: 01 478 16 00 · E: gp.mju@gov.si · www.gov.si')
  })

  it('writes one PDF per letter with a safe name and its own page numbering', async () => {
    const out = join(dir, 'separate')
    const result = await writeLetterPdfs(printer, { ministry: MINISTRY, letters: [LETTERS[0]!, LETTERS[3]!, HOSTILE], outDir: out })
    expect(readdirSync(out).sort()).toEqual(['2026-001_Ceh_Sustaric_Durda_participant.pdf', '2026-004_Ceh_Sustaric_Durda_host.pdf', '2026-007_src_x_onerror_alert_1_img_participant.pdf'])
    const host = result.letters[1]!
    expect(host.file).toBe(join(out, '2026-004_Ceh_Sustaric_Durda_host.pdf'))
    expect(pageText(host.file, 1)).toContain('Page 1 of 2')
    expect(pageText(host.file, 2)).toContain('Page 2 of 2')
    for (const value of expectedText(LETTERS[3]!)) expect(pageText(host.file, 1, 2), value).toContain(value)
    expect(execFileSync('pdfinfo', [result.letters[2]!.file], { encoding: 'utf8' })).toMatch(/Pages:\s+2/)
  })

  it('prints a stored single letter the same way, its footer from CSS', async () => {
    const { html } = letterContent(MINISTRY, LETTERS[4]!)
    const file = join(dir, 'stored.pdf')
    writeFileSync(file, await printer.print(html))
    expect(pageText(file, 1)).toContain('0100-12/2026-5')
    expect(pageText(file, 1)).toContain('Stran 1 od 2')
    expect(pageText(file, 2)).toContain('Stran 2 od 2')
  })

  it('never leaves the closing on one page and the signature on the next', async () => {
    // Fill the first page a line at a time so that the page break passes the closing at some count.
    const placement: number[] = []
    for (let lines = 20; lines <= 28; lines++) {
      const bodyHtml = renderLetterBody(`${'Vrstica besedila.\n\n'.repeat(lines)}Lep pozdrav\n\n{letter.signature}`, sampleLetterData(), 'sl')
      const file = join(dir, `closing-${lines}.pdf`)
      writeFileSync(file, await printer.print(buildLetterDocument({ ministry: MINISTRY, letters: [{ ...LETTERS[0]!, bodyHtml }], footer: 'css' })))
      const first = pageText(file, 1)
      expect(first.includes('Lep pozdrav'), `${lines} lines`).toBe(first.includes('Kovačič Đurić'))
      placement.push(first.includes('Lep pozdrav') ? 1 : 2)
    }
    expect(placement).toContain(1)
    expect(placement).toContain(2)
  })

  it('refuses a folder it cannot write to with a clear error', async () => {
    const blocker = join(dir, 'a-file')
    writeFileSync(blocker, '')
    await expect(writeLetterPdfs(printer, { ministry: MINISTRY, letters: [LETTERS[0]!], outDir: join(blocker, 'sub') })).rejects.toMatchObject({
      code: 'letters.cannotWrite',
    })
  })
})

describe('a missing or broken Chromium', () => {
  it('is a UserError naming the path it looked at', async () => {
    await expect(launchChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toThrow(UserError)
    await expect(launchChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toMatchObject({ code: 'letters.chromiumMissing', params: { path: '/nonexistent/chromium' } })
    await expect(openChromiumPrinter({ CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toMatchObject({ code: 'letters.chromiumMissing' })
  })

  it('is a UserError with the reason when the file is not a browser', async () => {
    await expect(launchChromium({ CHROMIUM_PATH: '/bin/false' })).rejects.toMatchObject({ code: 'letters.chromiumFailed', params: { path: '/bin/false' } })
  })
})
