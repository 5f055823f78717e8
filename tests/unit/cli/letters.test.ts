import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db/open'
import { runCli } from '../../../electron/cli/run'
import { findChromium } from '../../../electron/services/letters/chromium'
import { tempContext } from '../../helpers/db'
import { buildLettersWorld, confirmWithoutConsent, HOSTILE, type LettersWorld } from '../letters/world'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

interface JsonOut {
  letters: Array<{ placement: number; kind: string; lang: string; reference: string; file: string }>
  pages: number
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
const canPrint = findChromium().found

let t: Awaited<ReturnType<typeof tempContext>>
let world: LettersWorld
beforeEach(async () => {
  t = await tempContext()
  world = buildLettersWorld(t.ctx)
  t.ctx.conn.sqlite.close()
})
afterEach(() => t.cleanup())

describe.skipIf(!canPrint)('letters command', () => {
  it('writes one PDF per letter with every merge field filled, in both languages, diacritics intact, markup as text', async () => {
    const out = join(t.dir, 'letters')
    // The placements of the world start in November 2026: letters for a placement that has started need --started.
    const started = await run('--db', t.file, 'letters', '--round', 'Izmenjave 2026', '--placement', String(world.durda), '--lang', 'sl', '--out', out)
    if (new Date() >= new Date('2026-11-23T00:00:00')) {
      expect(started.code).toBe(1)
      expect(started.stderr).toBe('1 placement has already started: Đurđa Čeh Šuštarić (23. 11. 2026). Their letters are made only when you confirm it (on the command line with --started).')
    }
    const sl = await run('--db', t.file, 'letters', '--round', 'Izmenjave 2026', '--placement', String(world.durda), '--lang', 'sl', '--started', '--out', out, '--json')
    expect(sl.stderr).toBe('')
    const slJson = JSON.parse(sl.stdout) as JsonOut
    expect(slJson.letters.map((l) => [l.kind, l.lang, l.reference])).toEqual([
      ['participant', 'sl', '0100-12/2026-1'],
      ['host', 'sl', '0100-12/2026-2'],
      ['home', 'sl', '0100-12/2026-3'],
    ])
    expect(slJson.letters[0]!.file).toBe(join(out, '2026-001_Ceh_Sustaric_Durda_participant.pdf'))
    expect(readdirSync(out).sort()).toEqual(['2026-001_Ceh_Sustaric_Durda_participant.pdf', '2026-002_Ceh_Sustaric_Durda_host.pdf', '2026-003_Ceh_Sustaric_Durda_home.pdf'])

    const participant = pdfText(slJson.letters[0]!.file)
    for (const text of [
      'MINISTRSTVO ZA JAVNO UPRAVO', 'Tržaška cesta 21', '0100-12/2026-1', 'Đurđa Čeh Šuštarić', 'Ministrstvo za kmetijstvo, gozdarstvo in prehrano',
      'Dunajska cesta 22', 'Spoštovana gospa Čeh Šuštarić', 'Tovarna čokolade Žužemberk d.o.o.', 'Grajski trg 4, 8360 Žužemberk',
      'od 23. 11. 2026 do 27. 11. 2026 (5 delovnih dni)', 'Mentor: Miloš Đorđević, vodja razvoja izdelkov', 'milos.djordjevic@cokolada.si', '041 555 123',
      'Ana Ščurek', 'Izmenjave 2026', 'prenos dobre prakse med organizacijama', 'mag. Nataša Kovačič Đurić', 'generalna direktorica Direktorata za javni sektor',
      'T: 01 478 16 00 · E: gp.mju@gov.si · www.gov.si', 'Stran 1 od',
    ])
      expect(participant).toContain(text)
    expect(participant).not.toMatch(/\{[a-z]+\.[a-zA-Z.]+\}/)
    const host = pdfText(slJson.letters[1]!.file)
    for (const text of ['Spoštovana gospa Ana Ščurek', 'Đurđa Čeh Šuštarić', 'Miloš Đorđević']) expect(host).toContain(text)
    expect(pdfText(slJson.letters[2]!.file)).toContain('Spoštovani gospod Boštjan Kržič')

    const en = JSON.parse((await run('--db', t.file, 'letters', '--round', String(world.roundId), '--placement', String(world.durda), '--kind', 'participant', '--lang', 'en', '--reissue', 'English copy', '--started', '--out', out, '--json')).stdout) as JsonOut
    const english = pdfText(en.letters[0]!.file)
    for (const text of ['MINISTRY OF PUBLIC ADMINISTRATION', '0100-12/2026-4', 'Dear Ms Čeh Šuštarić', 'from 23 November 2026 to 27 November 2026', 'Miloš Đorđević', 'Tovarna čokolade Žužemberk d.o.o.', 'Page 1 of'])
      expect(english).toContain(text)

    const hostile = JSON.parse((await run('--db', t.file, 'letters', '--round', String(world.roundId), '--placement', String(world.hostile), '--kind', 'participant', '--started', '--out', out, '--json')).stdout) as JsonOut
    expect(pdfText(hostile.letters[0]!.file)).toContain(HOSTILE)
    expect(hostile.letters[0]!.file).toMatch(/2026-005_src_x_onerror_alert_1_img_participant\.pdf$/)
  })

  it('merges a round into one PDF with auto languages and never reuses a reference across runs', async () => {
    const out = join(t.dir, 'merged')
    const first = JSON.parse((await run('--db', t.file, 'letters', '--round', String(world.roundId), '--merged', '--started', '--out', out, '--json')).stdout) as JsonOut
    expect(first.letters).toHaveLength(9)
    expect(new Set(first.letters.map((l) => l.file))).toEqual(new Set([join(out, '2026_Izmenjave_2026_letters.pdf')]))
    expect(first.letters.filter((l) => l.placement === world.john).map((l) => `${l.kind}:${l.lang}`)).toEqual(['participant:en', 'host:en', 'home:sl'])
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [first.letters[0]!.file], { encoding: 'utf8' }))![1])
    expect(pages).toBe(first.pages)
    // The round's host letters have all been issued: a second batch is refused unless issued again with a reason.
    const none = await run('--db', t.file, 'letters', '--round', String(world.roundId), '--kind', 'host', '--started', '--out', join(t.dir, 'again'))
    expect(none.stderr).toBe(`Round ${world.roundId} has no placement that still needs letters of this kind: they have all been issued.`)
    const refused = await run('--db', t.file, 'letters', '--round', String(world.roundId), '--placement', String(world.john), '--kind', 'host', '--started', '--out', join(t.dir, 'again'))
    expect(refused.stderr).toContain('1 letter of this kind has already been issued: John Smith (0100-12/2026-5)')
    const second = JSON.parse((await run('--db', t.file, 'letters', '--round', String(world.roundId), '--placement', String(world.durda), '--placement', String(world.john), '--placement', String(world.hostile), '--kind', 'host', '--reissue', 'Gostitelji so izgubili pisma', '--started', '--out', join(t.dir, 'again'), '--json')).stdout) as JsonOut
    const all = [...first.letters, ...second.letters].map((l) => l.reference)
    expect(new Set(all).size).toBe(all.length)
    expect(second.letters.map((l) => l.reference)).toEqual(['0100-12/2026-10', '0100-12/2026-11', '0100-12/2026-12'])

    // After the exchange: a certificate, in the past tense, from the same register.
    const conn = await openDatabase(t.file, { create: false })
    conn.sqlite.prepare("UPDATE placements SET status = 'completed' WHERE id = ?").run(world.durda)
    conn.sqlite.close()
    const certificate = JSON.parse((await run('--db', t.file, 'letters', '--round', String(world.roundId), '--kind', 'certificate', '--out', join(t.dir, 'certificates'), '--json')).stdout) as JsonOut
    expect(certificate.letters.map((l) => [l.placement, l.kind, l.lang, l.reference])).toEqual([[world.durda, 'certificate', 'sl', '0100-12/2026-13']])
    const text = pdfText(certificate.letters[0]!.file)
    expect(text).toContain('POTRDILO O UDELEŽBI')
    expect(text).toContain('od 23. 11. 2026 do 27. 11. 2026 (5 delovnih dni) sodelovala v programu')
  })

  it('refuses without consent, with bad options and without Chromium: exit 1, a clear message, nothing written', async () => {
    const db = t.file
    const out = join(t.dir, 'none')
    const conn = await openDatabase(db, { create: false })
    confirmWithoutConsent(conn.sqlite, world)
    conn.sqlite.close()
    const consent = await run('--db', db, 'letters', '--round', String(world.roundId), '--out', out)
    expect(consent.code).toBe(1)
    expect(consent.stderr).toContain('1 participant has not given consent to the processing of personal data: Ćiril Zupančič')
    const sl = await run('--db', db, '--lang', 'sl', 'letters', '--round', String(world.roundId), '--out', out)
    expect(sl.stderr).toContain('1 udeleženec ni dal soglasja')
    expect((await run('--db', db, 'letters', '--round', String(world.roundId), '--kind', 'boss', '--out', out)).stderr).toBe('“boss” is not allowed for --kind. Allowed: participant, host, home, all, certificate.')
    expect((await run('--db', db, 'letters', '--round', String(world.roundId), '--lang', 'de', '--out', out)).stderr).toBe('“de” is not allowed for --lang. Allowed: sl, en, auto.')
    expect((await run('--db', db, 'letters', '--round', String(world.roundId))).stderr).toBe('The option --out is missing.')
    const previous = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = join(t.dir, 'no-chromium')
    try {
      const missing = await run('--db', db, 'letters', '--round', String(world.roundId), '--placement', String(world.durda), '--started', '--out', out)
      expect(missing.code).toBe(1)
      expect(missing.stderr).toContain('no-chromium')
      expect(missing.stderr).toContain('CHROMIUM_PATH')
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = previous
    }
    expect(existsSync(out)).toBe(false)
  })
})
