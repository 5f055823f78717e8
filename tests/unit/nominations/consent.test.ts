import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listLetterPlacements } from '../../../electron/services/letters/data'
import { printLettersOnPaper, type PrinterFactory } from '../../../electron/services/letters/generate'
import { recordConsent } from '../../../electron/services/nominations/consent'
import { translateError } from '../../../shared/i18n/format'
import { UserError } from '../../../shared/errors'
import { tempContext } from '../../helpers/db'
import { buildLettersWorld, type LettersWorld } from '../letters/world'

let t: Awaited<ReturnType<typeof tempContext>>
let world: LettersWorld
beforeEach(async () => {
  t = await tempContext() // today is 22. 11. 2026
  world = buildLettersWorld(t.ctx)
})
afterEach(() => t.cleanup())

const sql = (query: string, ...params: unknown[]) => t.ctx.conn.sqlite.prepare(query).all(...params)
const nominationOf = (placement: number) => (t.ctx.conn.sqlite.prepare('SELECT nomination_id AS id FROM placements WHERE id = ?').get(placement) as { id: number }).id
const stateOf = (nomination: number) =>
  t.ctx.conn.sqlite
    .prepare('SELECT consent, consent_on AS consentOn, consent_method AS consentMethod, consent_withdrawn_on AS consentWithdrawnOn FROM nominations WHERE id = ?')
    .get(nomination)
const consentAudit = () => sql("SELECT entity, entity_id AS id, action, before, after FROM audit_log WHERE entity = 'nomination' ORDER BY id") as Array<{ id: number; action: string; before: string; after: string }>
const never: PrinterFactory = () => Promise.reject(new Error('no printer in this test'))

function errorOf(run: () => unknown): UserError {
  try {
    run()
  } catch (error) {
    if (error instanceof UserError) return error
    throw error
  }
  throw new Error('expected a UserError')
}

describe('recording consent', () => {
  it('gives consent to one nomination on today by a signed form, audited with before and after; letters may then go out', () => {
    const id = nominationOf(world.noConsent)
    expect(listLetterPlacements(t.ctx, world.roundId).find((p) => p.id === world.noConsent)?.consent).toBe(false)
    const result = recordConsent(t.ctx, { roundId: world.roundId, nominationIds: [id], action: 'give' })
    expect(result).toEqual({ action: 'give', on: '2026-11-22', method: 'form', changed: [id], unchanged: [] })
    expect(stateOf(id)).toEqual({ consent: 1, consentOn: '2026-11-22', consentMethod: 'form', consentWithdrawnOn: null })
    const [entry, ...rest] = consentAudit()
    expect(rest).toEqual([])
    expect(entry).toMatchObject({ id, action: 'consent' })
    expect(JSON.parse(entry!.before)).toEqual({ consent: false, consentOn: null, consentMethod: null, consentWithdrawnOn: null })
    expect(JSON.parse(entry!.after)).toEqual({ consent: true, consentOn: '2026-11-22', consentMethod: 'form', consentWithdrawnOn: null })
    expect(listLetterPlacements(t.ctx, world.roundId).find((p) => p.id === world.noConsent)?.consent).toBe(true)
  })

  it('gives consent to many at once on a given day by e-mail, one audit entry each, and leaves alone those already so', () => {
    const ids = [world.durda, world.john, world.noConsent].map(nominationOf)
    recordConsent(t.ctx, { roundId: world.roundId, nominationIds: [ids[0]!], action: 'give', on: '2026-11-02', method: 'email' })
    const result = recordConsent(t.ctx, { roundId: world.roundId, nominationIds: ids, action: 'give', on: '2026-11-02', method: 'email' })
    expect(result).toMatchObject({ on: '2026-11-02', method: 'email', changed: [ids[1], ids[2]], unchanged: [ids[0]] })
    for (const id of ids) expect(stateOf(id)).toEqual({ consent: 1, consentOn: '2026-11-02', consentMethod: 'email', consentWithdrawnOn: null })
    expect(consentAudit().map((e) => [e.id, e.action])).toEqual([[ids[0], 'consent'], [ids[1], 'consent'], [ids[2], 'consent']])
  })

  it('a withdrawal keeps when it was given, clears "consent", is audited, and refuses letters from then on', async () => {
    const id = nominationOf(world.durda)
    recordConsent(t.ctx, { roundId: world.roundId, nominationIds: [id], action: 'give', on: '2026-10-01', method: 'form' })
    recordConsent(t.ctx, { roundId: world.roundId, nominationIds: [id], action: 'withdraw', on: '2026-11-20' })
    expect(stateOf(id)).toEqual({ consent: 0, consentOn: '2026-10-01', consentMethod: 'form', consentWithdrawnOn: '2026-11-20' })
    const last = consentAudit().at(-1)!
    expect(last.action).toBe('consentWithdrawn')
    expect(JSON.parse(last.before)).toMatchObject({ consent: true, consentWithdrawnOn: null })
    expect(JSON.parse(last.after)).toMatchObject({ consent: false, consentWithdrawnOn: '2026-11-20' })
    const paper = async () => true
    await expect(printLettersOnPaper(t.ctx, paper, never, { roundId: world.roundId, placementIds: [world.durda], kind: 'participant', lang: 'auto' })).rejects.toMatchObject({
      code: 'letters.noConsent',
      params: { count: 1 },
    })
    expect(sql('SELECT count(*) AS n FROM letters')).toEqual([{ n: 0 }])
    // Given again later: a new consent, the withdrawal cleared.
    recordConsent(t.ctx, { roundId: world.roundId, nominationIds: [id], action: 'give', on: '2026-11-21', method: 'email' })
    expect(stateOf(id)).toEqual({ consent: 1, consentOn: '2026-11-21', consentMethod: 'email', consentWithdrawnOn: null })
  })

  it('refuses a day still to come, a day that is not a day, and a withdrawal before the consent, with clear messages, and changes nothing', () => {
    const ids = [world.durda, world.noConsent].map(nominationOf)
    const before = JSON.stringify(sql('SELECT * FROM nominations'))
    const future = errorOf(() => recordConsent(t.ctx, { roundId: world.roundId, nominationIds: ids, action: 'give', on: '2026-11-23' }))
    expect(translateError('sl', future.toAppError())).toBe(
      'Datum 23. 11. 2026 je v prihodnosti (danes je 22. 11. 2026). Soglasje zabeležite na dan, ko je prispelo ali bilo preklicano. Nič ni spremenjeno.',
    )
    expect(translateError('en', future.toAppError())).toContain('23 Nov 2026 is in the future (today is 22 Nov 2026)')
    expect(errorOf(() => recordConsent(t.ctx, { roundId: world.roundId, nominationIds: ids, action: 'withdraw', on: '2027-01-01' })).code).toBe('consent.futureDate')
    expect(errorOf(() => recordConsent(t.ctx, { roundId: world.roundId, nominationIds: ids, action: 'give', on: '2026-02-30' })).code).toBe('consent.badDate')
    recordConsent(t.ctx, { roundId: world.roundId, nominationIds: [ids[0]!], action: 'give', on: '2026-11-10' })
    const afterGiven = JSON.stringify(sql('SELECT * FROM nominations'))
    const early = errorOf(() => recordConsent(t.ctx, { roundId: world.roundId, nominationIds: ids, action: 'withdraw', on: '2026-11-09' }))
    expect(translateError('sl', early.toAppError())).toBe('Oseba Đurđa Čeh Šuštarić je soglasje dala 10. 11. 2026, zato ga ni mogla preklicati že 9. 11. 2026. Nič ni spremenjeno.')
    expect(JSON.stringify(sql('SELECT * FROM nominations'))).toBe(afterGiven)
    expect(before).not.toBe(afterGiven)
  })

  it('refuses a nomination of another round and an empty choice, and changes nothing (one transaction)', () => {
    const other = Number(t.ctx.conn.sqlite.prepare("INSERT INTO rounds (name, kind, starts_on, ends_on, status) VALUES ('Drugi', 'rolling', '2026-01-01', '2026-12-31', 'open')").run().lastInsertRowid)
    const ids = [world.noConsent, world.proposed].map(nominationOf)
    const before = JSON.stringify(sql('SELECT * FROM nominations'))
    expect(errorOf(() => recordConsent(t.ctx, { roundId: other, nominationIds: ids, action: 'give' })).toAppError()).toEqual({ code: 'consent.notInRound', params: { nomination: ids[0] } })
    // The first nomination is in the round, the second is not: the first is not written either.
    expect(errorOf(() => recordConsent(t.ctx, { roundId: world.roundId, nominationIds: [ids[0]!, 99_999], action: 'give' })).code).toBe('consent.notInRound')
    expect(errorOf(() => recordConsent(t.ctx, { roundId: world.roundId, nominationIds: [], action: 'give' })).code).toBe('consent.noneChosen')
    expect(JSON.stringify(sql('SELECT * FROM nominations'))).toBe(before)
    expect(consentAudit()).toEqual([])
  })
})
