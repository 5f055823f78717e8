import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from '../../../electron/services/letters/chromium'
import { openChromiumPrinter, type PdfPrinter } from '../../../electron/services/letters/printer'
import { writeLetterPdfs, type WrittenLetter } from '../../../electron/services/letters/write'
import { composeLetter } from '../../../shared/letters/compose'
import { DEFAULT_TEMPLATES } from '../../../shared/letters/defaults'
import type { Gender } from '../../../shared/domain/enums'
import type { ComposedLetter } from '../../../shared/letters/types'
import { MINISTRY, sampleLetterData } from '../../fixtures/letters/data'

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
const canRender = findChromium().found && hasPoppler
const PNG_DIR = resolve('test-results/letters')

/** The certificate of a completed exchange for a participant of the given recorded gender (null: not recorded). */
function certificate(language: 'sl' | 'en', gender: Gender | null, sequence: number): ComposedLetter {
  const data = sampleLetterData()
  const names = { f: ['Đurđa', 'Čeh Šuštarić'], m: ['Matej', 'Kovačič'], x: ['Alex', 'Žagar'] }[gender ?? 'x']!
  const participant = { ...data.participant, firstName: names[0], lastName: names[1], fullName: names.join(' '), gender }
  const letter = { ...data.letter, reference: `0100-12/2026-${sequence}`, sequence, date: '2026-12-08' }
  return composeLetter({ kind: 'certificate', language, template: DEFAULT_TEMPLATES.certificate[language], data: { ...data, participant, letter } })
}

const CASES = [
  { language: 'sl', gender: 'f', says: 'Đurđa Čeh Šuštarić (višja svetovalka za kadrovske zadeve) iz organizacije Ministrstvo za kmetijstvo, gozdarstvo in prehrano od 23. 11. 2026 do 27. 11. 2026 (5 delovnih dni) sodelovala v programu' },
  { language: 'sl', gender: 'm', says: 'od 23. 11. 2026 do 27. 11. 2026 (5 delovnih dni) sodeloval v programu' },
  { language: 'sl', gender: null, says: 'od 23. 11. 2026 do 27. 11. 2026 (5 delovnih dni) sodeloval(a) v programu' },
  { language: 'en', gender: 'f', says: 'took part in the Exchanges for Cooperation programme (Izmenjave 2026), on an exchange with Tovarna čokolade Žužemberk d.o.o., Grajski trg 4, 8360 Žužemberk, from 23 November 2026 to 27 November 2026 (5 working days)' },
] as const

describe.skipIf(!canRender)('the certificate of participation as PDF', () => {
  let printer: PdfPrinter
  let dir: string
  let written: WrittenLetter[]
  const text = (w: WrittenLetter) => execFileSync('pdftotext', [w.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'desk-certificate-'))
    printer = await openChromiumPrinter()
    const letters = CASES.map((c, i) => certificate(c.language, c.gender, i + 1))
    written = (await writeLetterPdfs(printer, { ministry: MINISTRY, letters, outDir: dir })).letters
    mkdirSync(PNG_DIR, { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', written[0]!.file, join(PNG_DIR, 'certificate-sl')])
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', written[3]!.file, join(PNG_DIR, 'certificate-en')])
  }, 60_000)

  afterAll(async () => {
    await printer?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it.each(CASES.map((c, i) => [c.language, c.gender ?? 'unknown', i] as const))('in %s for a participant of gender %s says it in the past tense', (language, _gender, index) => {
    const content = text(written[index]!)
    expect(content).toContain(CASES[index]!.says)
    expect(content).toContain(language === 'sl' ? 'POTRDILO O UDELEŽBI' : 'CERTIFICATE OF PARTICIPATION')
    expect(content).toContain(`0100-12/2026-${index + 1}`)
    expect(content).toContain(language === 'sl' ? 'Ljubljana, 8. 12. 2026' : 'Ljubljana, 8 December 2026')
    expect(content).toContain('mag. Nataša Kovačič Đurić')
    // Nothing of the placement letter's future tense.
    expect(content).not.toMatch(/bo potekala|ste napoteni|You will spend|will be/)
    expect(written[index]!.file).toMatch(/_certificate\.pdf$/)
  })

  it('is one page', () => {
    expect(written.every((w) => w.pageCount === 1)).toBe(true)
  })
})
