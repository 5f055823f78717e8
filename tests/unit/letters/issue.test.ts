import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allHandlers } from '../../../electron/handlers'
import { createRouter } from '../../../electron/router'
import { listLetterPlacements } from '../../../electron/services/letters/data'
import { letterHistory, printLettersOnPaper, type PrinterFactory } from '../../../electron/services/letters/generate'
import { planLetters, type LettersRequest } from '../../../electron/services/letters/plan'
import { tempContext } from '../../helpers/db'
import { buildLettersWorld, type LettersWorld } from './world'

/** Paper printing of one letter needs no PDF printer: the dialog "prints" and the letter is recorded. */
const noPdf: PrinterFactory = () => Promise.reject(new Error('no PDF printer in this test'))
const paper = async () => true

let t: Awaited<ReturnType<typeof tempContext>>
let world: LettersWorld
beforeEach(async () => {
  t = await tempContext()
  world = buildLettersWorld(t.ctx)
})
afterEach(() => t.cleanup())

const sql = {
  status: (id: number, status: string) => t.ctx.conn.sqlite.prepare('UPDATE placements SET status = ? WHERE id = ?').run(status, id),
  count: () => Number(t.ctx.conn.sqlite.prepare('SELECT count(*) FROM letters').pluck().get()),
}
const plan = (request: Partial<LettersRequest>) => planLetters(t.ctx, { roundId: world.roundId, kind: 'participant', lang: 'auto', ...request })
const pairs = (request: Partial<LettersRequest>) => plan(request).map((p) => [p.placementId, p.kind])
const issue = (placementId: number, kind: LettersRequest['kind'], extra: Partial<LettersRequest> = {}) =>
  printLettersOnPaper(t.ctx, paper, noPdf, { roundId: world.roundId, placementIds: [placementId], kind, lang: 'auto', ...extra })

describe('which letters a round gets by default', () => {
  it('is the confirmed placements without a letter of that kind: not proposed, not completed, not already issued', async () => {
    sql.status(world.john, 'completed')
    await issue(world.durda, 'participant')
    expect(pairs({})).toEqual([[world.hostile, 'participant']])
    // Another kind is still due for Đurđa: only the kinds she has are left out.
    expect(pairs({ kind: 'all' }).filter(([id]) => id === world.durda)).toEqual([
      [world.durda, 'host'],
      [world.durda, 'home'],
    ])
    expect(listLetterPlacements(t.ctx, world.roundId).find((r) => r.id === world.durda)).toMatchObject({ letters: 1, issued: ['participant'] })
  })

  it('says so when every letter of the round has been issued', async () => {
    await issue(world.durda, 'host')
    t.ctx.conn.sqlite.prepare("UPDATE placements SET status = 'proposed' WHERE id IN (?, ?)").run(world.john, world.hostile)
    expect(() => plan({ kind: 'host' })).toThrow(expect.objectContaining({ code: 'letters.allIssued' }))
  })
})

describe('issuing a letter again', () => {
  it('is refused without a choice, left out when asked, and recorded with its reason and in the audit log', async () => {
    await issue(world.durda, 'participant')
    const first = letterHistory(t.ctx, { placementId: world.durda })[0]!
    await expect(issue(world.durda, 'participant')).rejects.toMatchObject({ code: 'letters.alreadyIssued', params: { count: 1, names: `Đurđa Čeh Šuštarić (${first.reference})` } })
    expect(() => plan({ placementIds: [world.durda, world.john], existing: { mode: 'skip' } })).not.toThrow()
    expect(pairs({ placementIds: [world.durda, world.john], existing: { mode: 'skip' } })).toEqual([[world.john, 'participant']])
    expect(sql.count()).toBe(1)

    await issue(world.durda, 'participant', { existing: { mode: 'reissue', reason: 'Naslov gostitelja je bil napačen.' } })
    const [again] = letterHistory(t.ctx, { placementId: world.durda })
    expect(again).toMatchObject({ reissueOf: first.reference, reissueReason: 'Naslov gostitelja je bil napačen.' })
    expect(again!.reference).not.toBe(first.reference)
    const entry = t.ctx.conn.sqlite.prepare("SELECT after FROM audit_log WHERE entity = 'letters' ORDER BY id DESC LIMIT 1").pluck().get() as string
    expect(JSON.parse(entry)).toMatchObject({ reissued: [{ reference: again!.reference, replaces: first.reference, reason: 'Naslov gostitelja je bil napačen.' }] })
  })

  it('needs a reason: the contract refuses a re-issue without one and nothing is recorded', async () => {
    await issue(world.durda, 'participant')
    const dialog = { openFile: () => ({ file: null }), chooseFolder: () => ({ folder: null }), readImage: () => ({ dataUrl: '' }), saveFile: () => ({ file: null }) }
    const router = createRouter(allHandlers(dialog, noPdf), t.ctx, () => undefined)
    const request = { roundId: world.roundId, placementIds: [world.durda], kind: 'participant', lang: 'auto', existing: { mode: 'reissue', reason: '   ' } }
    expect(await router.invoke('letters:print', { request })).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    expect(sql.count()).toBe(1)
  })
})

describe('a placement that has started', () => {
  it('gets a placement letter only when the officer confirms it, naming the start date', () => {
    t.ctx.now = () => new Date('2026-11-23T08:00:00')
    expect(() => plan({ placementIds: [world.durda, world.john] })).toThrow(expect.objectContaining({ code: 'letters.started', params: { count: 1, names: 'Đurđa Čeh Šuštarić (23. 11. 2026)' } }))
    expect(pairs({ placementIds: [world.durda], started: true })).toEqual([[world.durda, 'participant']])
  })
})

describe('certificates of participation', () => {
  it('are issued for completed exchanges only, and placement letters are refused for them unless issued again', async () => {
    expect(() => plan({ placementIds: [world.durda], kind: 'certificate' })).toThrow(expect.objectContaining({ code: 'letters.certificateNotCompleted' }))
    await issue(world.durda, 'host')
    sql.status(world.durda, 'completed')
    expect(pairs({ kind: 'certificate' })).toEqual([[world.durda, 'certificate']])
    expect(plan({ kind: 'certificate' })[0]!.language).toBe('sl')
    expect(() => plan({ placementIds: [world.durda], kind: 'participant' })).toThrow(expect.objectContaining({ code: 'letters.completedPlacement' }))
    expect(() => plan({ placementIds: [world.durda], kind: 'host' })).toThrow(expect.objectContaining({ code: 'letters.completedPlacement' }))
    expect(pairs({ placementIds: [world.durda], kind: 'host', existing: { mode: 'reissue', reason: 'Izgubljeno pismo.' } })).toEqual([[world.durda, 'host']])
    await issue(world.durda, 'certificate')
    const [certificate] = letterHistory(t.ctx, { placementId: world.durda })
    expect(certificate).toMatchObject({ kind: 'certificate', reference: '0100-12/2026-2', recipient: 'Đurđa Čeh Šuštarić' })
    expect(() => plan({ kind: 'certificate' })).toThrow(expect.objectContaining({ code: 'letters.allIssued' }))
  })
})
