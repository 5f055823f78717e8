import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findChromium } from '../../../electron/services/letters/chromium'
import { listLetterPlacements } from '../../../electron/services/letters/data'
import { generateLetters, letterHistory, previewData, printLettersOnPaper, reprintLetter, type PrinterFactory } from '../../../electron/services/letters/generate'
import { openChromiumPrinter } from '../../../electron/services/letters/printer'
import { getTemplate, resetTemplate, saveTemplate } from '../../../electron/services/letters/templates'
import { UserError } from '../../../shared/errors'
import { DEFAULT_TEMPLATES } from '../../../shared/letters/defaults'
import { renderLetterBody } from '../../../shared/letters/compose'
import { tempContext } from '../../helpers/db'
import { buildLettersWorld, confirmWithoutConsent, HOSTILE, type LettersWorld } from './world'

const canPrint = findChromium().found
const chromium: PrinterFactory = () => openChromiumPrinter()
const failing: PrinterFactory = async () => ({
  print: () => Promise.reject(new Error('printer on fire')),
  close: () => Promise.resolve(),
})

let t: Awaited<ReturnType<typeof tempContext>>
let world: LettersWorld
beforeEach(async () => {
  t = await tempContext()
  world = buildLettersWorld(t.ctx)
})
afterEach(() => t.cleanup())

const count = (sql: string) => (t.ctx.conn.sqlite.prepare(sql).get() as { n: number }).n

describe('letter templates', () => {
  it('saves a valid template, refuses a broken one with line and column, and resets to the default', () => {
    expect(getTemplate(t.ctx, 'host', 'sl')).toMatchObject({ isDefault: true, body: DEFAULT_TEMPLATES.host.sl })
    const saved = saveTemplate(t.ctx, 'host', 'sl', 'Spoštovani,\n\n{host.name} sprejme {participant.fullName}.\n\n{letter.signature}\n')
    expect(saved).toMatchObject({ isDefault: false, updatedAt: '2026-11-22T10:00:00.000Z' })
    let error: unknown
    try {
      saveTemplate(t.ctx, 'host', 'sl', 'Vrstica ena\n  {host.nmae}\n')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).code).toBe('letters.template.unknownField')
    expect((error as UserError).params).toMatchObject({ line: 2, column: 3 })
    expect(getTemplate(t.ctx, 'host', 'sl').body).toBe(saved.body)
    expect(() => saveTemplate(t.ctx, 'host', 'sl', '{#if mentor.phone}\nx\n')).toThrow(/unclosedBlock/)
    expect(resetTemplate(t.ctx, 'host', 'sl')).toMatchObject({ isDefault: true, body: DEFAULT_TEMPLATES.host.sl })
    expect(count(`SELECT count(*) AS n FROM audit_log WHERE entity = 'letterTemplate'`)).toBe(2)
  })
})

describe('letter data', () => {
  it('merges participant, organisations, mentor, round and signatory from the database, languages per recipient', () => {
    const rows = listLetterPlacements(t.ctx, world.roundId)
    expect(rows.map((r) => r.participant)).toEqual(['Đurđa Čeh Šuštarić', 'Mojca Horvat', 'John Smith', '<img src=x onerror=alert(1)>', 'Ćiril Zupančič'])
    expect(rows.find((r) => r.id === world.john)?.languages).toEqual({ participant: 'en', host: 'en', home: 'sl', certificate: 'en' })
    const { data, language } = previewData(t.ctx, world.durda, 'participant', 'auto')
    expect(language).toBe('sl')
    expect(data.letter).toEqual({ reference: '0100-12/2026-1', sequence: 1, date: '2026-11-22', place: 'Ljubljana' })
    const body = renderLetterBody(DEFAULT_TEMPLATES.participant.sl, data, 'sl')
    for (const text of ['Spoštovana gospa Čeh Šuštarić', 'Tovarna čokolade Žužemberk d.o.o.', 'Grajski trg 4, 8360 Žužemberk', 'Miloš Đorđević', 'Ana Ščurek', 'od 23.&nbsp;11.&nbsp;2026 do 27.&nbsp;11.&nbsp;2026', 'Izmenjave 2026', 'mag. Nataša Kovačič Đurić'])
      expect(body.replace(/\u00a0/g, '&nbsp;')).toContain(text)
    const john = previewData(t.ctx, world.john, 'host', 'auto')
    expect(john.language).toBe('en')
    expect(renderLetterBody(DEFAULT_TEMPLATES.host.en, john.data, 'en')).toContain('Austria')
    expect(() => previewData(t.ctx, 9999, 'host', 'auto')).toThrow(/noPlacement/)
  })
})

describe('a batch without Chromium', () => {
  it('is refused before any reference number is used, though the browser is started alongside the recording', async () => {
    const missing: PrinterFactory = () => openChromiumPrinter({ CHROMIUM_PATH: '/nonexistent/chromium' })
    await expect(generateLetters(t.ctx, missing, { roundId: world.roundId, kind: 'host', lang: 'auto' }, { folder: join(t.dir, 'out') })).rejects.toMatchObject({
      code: 'letters.chromiumMissing',
    })
    expect(count('SELECT count(*) AS n FROM letters')).toBe(0)
    expect(previewData(t.ctx, world.durda, 'host', 'auto').data.letter.reference).toBe('0100-12/2026-1')
  })

  it('records nothing when the browser fails only after the letters were recorded', async () => {
    const late: PrinterFactory = () => new Promise((_, reject) => setTimeout(() => reject(new Error('browser crashed')), 50))
    await expect(generateLetters(t.ctx, late, { roundId: world.roundId, kind: 'host', lang: 'auto' }, { folder: join(t.dir, 'out') })).rejects.toThrow('browser crashed')
    expect(count('SELECT count(*) AS n FROM letters')).toBe(0)
  })
})

describe('consent before letters go out', () => {
  it('refuses paper printing too for a placement without consent, before the print dialog opens', async () => {
    confirmWithoutConsent(t.ctx.conn.sqlite, world)
    let dialogs = 0
    const paper = async () => (dialogs++, true)
    await expect(printLettersOnPaper(t.ctx, paper, failing, { roundId: world.roundId, kind: 'all', lang: 'auto' })).rejects.toMatchObject({ code: 'letters.noConsent', params: { count: 1 } })
    await expect(printLettersOnPaper(t.ctx, paper, failing, { roundId: world.roundId, placementIds: [world.noConsent], kind: 'host', lang: 'auto' })).rejects.toMatchObject({ code: 'letters.noConsent' })
    expect(dialogs).toBe(0)
    expect(count('SELECT count(*) AS n FROM letters')).toBe(0)
  })
})

describe.skipIf(!canPrint)('printing on paper', () => {
  it('records the letters the dialog printed, each letter a named page with its reference and its own page numbers; a cancelled dialog records none', async () => {
    const sent: string[] = []
    const request = { roundId: world.roundId, kind: 'host' as const, lang: 'auto' as const }
    expect(await printLettersOnPaper(t.ctx, async (html) => (sent.push(html), true), chromium, request)).toEqual({ printed: true, letters: 3 })
    expect(sent[0]).toContain('@page letter-1 { @bottom-left { content: "0100-12/2026-1"')
    expect(sent[0]).toContain('#letter-3 { page: letter-3; }')
    // The host letters are two pages each: the second (to the host abroad, in English) is the document's pages 3 and 4.
    expect(sent[0]).toContain('@counter-style letter-2-pages { system: fixed 3; symbols: "Page 1 of 2" "Page 2 of 2"')
    expect(count('SELECT count(*) AS n FROM letters')).toBe(3)
    // The same letters again: only as a re-issue with a reason, since the round's letters have been issued.
    const again = { ...request, existing: { mode: 'reissue' as const, reason: 'Tiskalnik je zmečkal papir.' } }
    await expect(printLettersOnPaper(t.ctx, async () => true, chromium, request)).rejects.toMatchObject({ code: 'letters.allIssued' })
    expect(await printLettersOnPaper(t.ctx, async () => false, chromium, again)).toEqual({ printed: false, letters: 0 })
    expect(count('SELECT count(*) AS n FROM letters')).toBe(3)
    await expect(printLettersOnPaper(t.ctx, async () => Promise.reject(new Error('jam')), chromium, again)).rejects.toThrow('jam')
    expect(count('SELECT count(*) AS n FROM letters')).toBe(3)
    await expect(printLettersOnPaper(t.ctx, undefined, chromium, request)).rejects.toMatchObject({ code: 'letters.paperUnavailable' })
    expect(previewData(t.ctx, world.durda, 'host', 'auto').data.letter.reference).toBe('0100-12/2026-10')
  })
})

describe.skipIf(!canPrint)('generating letters', () => {
  it('refuses a batch with a placement without consent, naming it, and records nothing', async () => {
    confirmWithoutConsent(t.ctx.conn.sqlite, world)
    await expect(generateLetters(t.ctx, chromium, { roundId: world.roundId, kind: 'all', lang: 'auto' }, { folder: join(t.dir, 'out') })).rejects.toMatchObject({
      code: 'letters.noConsent',
      params: { count: 1, names: `Ćiril Zupančič (${world.noConsent})` },
    })
    expect(count('SELECT count(*) AS n FROM letters')).toBe(0)
    expect(existsSync(join(t.dir, 'out'))).toBe(false)
  })

  it('generates a round, records every letter with its hash, reprints the same letter, and never reuses a reference', async () => {
    const folder = join(t.dir, 'out')
    const first = await generateLetters(t.ctx, chromium, { roundId: world.roundId, kind: 'all', lang: 'auto' }, { folder, mergedFileName: 'round.pdf' })
    expect(first.letters).toHaveLength(9)
    expect(first.letters.map((l) => l.reference)).toEqual(Array.from({ length: 9 }, (_, i) => `0100-12/2026-${i + 1}`))
    expect(first.letters.filter((l) => l.placement === world.john).map((l) => l.lang)).toEqual(['en', 'en', 'sl'])
    expect(first.pages).toBeGreaterThanOrEqual(9)
    const history = letterHistory(t.ctx, { roundId: world.roundId })
    expect(history).toHaveLength(9)
    expect(history[0]).toMatchObject({ createdBy: 'tester', createdAt: '2026-11-22T10:00:00.000Z', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) })
    const stored = t.ctx.conn.sqlite.prepare('SELECT html FROM letters WHERE placement_id = ? AND kind = ?').pluck().get(world.hostile, 'participant') as string
    expect(stored).not.toContain(HOSTILE)
    expect(stored).toContain('&lt;img src=x onerror=alert(1)&gt;')

    const durda = history.find((h) => h.placementId === world.durda && h.kind === 'participant')!
    const copy = join(t.dir, 'copy.pdf')
    expect(await reprintLetter(t.ctx, chromium, durda.id, copy)).toEqual({ file: copy, reference: durda.reference })
    const text = execFileSync('pdftotext', [copy, '-'], { encoding: 'utf8' })
    expect(text).toContain(durda.reference)
    expect(text).toContain('Đurđa Čeh Šuštarić')
    // Consent withdrawn after the letter was made: no reprint either.
    const withdraw = (consent: number) =>
      t.ctx.conn.sqlite.prepare('UPDATE nominations SET consent = ? WHERE id = (SELECT nomination_id FROM placements WHERE id = ?)').run(consent, world.durda)
    withdraw(0)
    await expect(reprintLetter(t.ctx, chromium, durda.id, join(t.dir, 'again.pdf'))).rejects.toMatchObject({ code: 'letters.noConsent', params: { count: 1 } })
    expect(existsSync(join(t.dir, 'again.pdf'))).toBe(false)
    withdraw(1)

    // The rows of the first batch are gone (as if removed); the counter still moves on.
    t.ctx.conn.sqlite.prepare('DELETE FROM letters').run()
    const second = await generateLetters(t.ctx, chromium, { roundId: world.roundId, placementIds: [world.john], kind: 'participant', lang: 'sl' }, { folder })
    expect(second.letters).toEqual([{ id: expect.any(Number), placement: world.john, kind: 'participant', lang: 'sl', reference: '0100-12/2026-10', file: join(folder, '2026-010_Smith_John_participant.pdf') }])
  })

  it('a printer that fails leaves no letters recorded but their numbers used', async () => {
    await expect(generateLetters(t.ctx, failing, { roundId: world.roundId, placementIds: [world.durda], kind: 'host', lang: 'auto' }, { folder: join(t.dir, 'x') })).rejects.toThrow('printer on fire')
    expect(count('SELECT count(*) AS n FROM letters')).toBe(0)
    expect(previewData(t.ctx, world.durda, 'host', 'auto').data.letter.reference).toBe('0100-12/2026-2')
  })

  it('refuses placements that are not confirmed or not in the round, and a round with nothing to print', async () => {
    const folder = join(t.dir, 'out')
    await expect(generateLetters(t.ctx, chromium, { roundId: world.roundId, placementIds: [world.proposed], kind: 'all', lang: 'auto' }, { folder })).rejects.toMatchObject({ code: 'letters.notConfirmed' })
    await expect(generateLetters(t.ctx, chromium, { roundId: 999, kind: 'all', lang: 'auto' }, { folder })).rejects.toMatchObject({ code: 'letters.noRound' })
    const empty = Number(t.ctx.conn.sqlite.prepare(`INSERT INTO rounds (name) VALUES ('Prazen')`).run().lastInsertRowid)
    await expect(generateLetters(t.ctx, chromium, { roundId: empty, kind: 'all', lang: 'auto' }, { folder })).rejects.toMatchObject({ code: 'letters.nothingToPrint' })
    await expect(generateLetters(t.ctx, chromium, { roundId: empty, placementIds: [world.durda], kind: 'all', lang: 'auto' }, { folder })).rejects.toMatchObject({ code: 'letters.otherRound' })
    expect(count('SELECT count(*) AS n FROM letters')).toBe(0)
  })
})
