import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../../electron/services/context'
import { addChallenge, addWorkshop, removeChallenge, removeWorkshop } from '../../../electron/services/rounds/parts'
import { createRound, findRound, getRoundDetail, listRounds, updateRound } from '../../../electron/services/rounds/rounds'
import { UserError } from '../../../shared/errors'
import { tempContext } from '../../helpers/db'

let ctx: ServiceContext
let cleanup: () => void
beforeEach(async () => ({ ctx, cleanup } = await tempContext()))
afterEach(() => cleanup())

const codeOf = (fn: () => unknown) => {
  try {
    fn()
    return 'no error'
  } catch (e) {
    return e instanceof UserError ? e.code : (e as Error).name
  }
}

describe('rounds', () => {
  it('creates and edits a round with challenges and workshops', () => {
    const round = createRound(ctx, { name: 'Izmenjave 2026', kind: 'rolling', startsOn: '2026-01-01', endsOn: '2026-12-31' })
    addChallenge(ctx, round.id, { title: 'E-javne storitve' })
    addWorkshop(ctx, round.id, { title: 'Agilno vodenje', heldOn: '2026-03-10', capacity: 20 })
    updateRound(ctx, round.id, { name: 'Izmenjave za sodelovanje 2026', kind: 'rolling', startsOn: '2026-01-01', endsOn: '2026-12-31', status: 'open' })
    const detail = getRoundDetail(ctx, round.id)
    expect(detail.round).toMatchObject({ name: 'Izmenjave za sodelovanje 2026', status: 'open', kind: 'rolling' })
    expect(detail.challenges.map((c) => c.title)).toEqual(['E-javne storitve'])
    expect(detail.workshops).toEqual([expect.objectContaining({ title: 'Agilno vodenje', heldOn: '2026-03-10', capacity: 20 })])
    expect(listRounds(ctx)).toEqual([expect.objectContaining({ nominations: 0, placements: 0 })])
  })

  it('rejects an end before the start, a bad date and a taken name, writing nothing', () => {
    expect(codeOf(() => createRound(ctx, { name: 'A', startsOn: '2026-05-01', endsOn: '2026-04-01' }))).toBe('ZodError')
    expect(codeOf(() => createRound(ctx, { name: 'A', startsOn: '2026-13-45' }))).toBe('ZodError')
    createRound(ctx, { name: 'A' })
    expect(codeOf(() => createRound(ctx, { name: 'A' }))).toBe('rounds.nameTaken')
    expect(listRounds(ctx)).toHaveLength(1)
  })

  it('finds a round by name or id, and says which when it cannot', () => {
    const round = createRound(ctx, { name: 'Pilot 2015' })
    expect(findRound(ctx, 'Pilot 2015').id).toBe(round.id)
    expect(findRound(ctx, String(round.id)).name).toBe('Pilot 2015')
    expect(codeOf(() => findRound(ctx, 'Pilot 2016'))).toBe('rounds.notFoundByName')
  })

  it('keeps challenges and workshops that are in use', () => {
    const round = createRound(ctx, { name: 'Krog' })
    const challenge = addChallenge(ctx, round.id, { title: 'Motivacija zaposlenih' })
    const workshop = addWorkshop(ctx, round.id, { title: 'Delavnica' })
    const org = ctx.conn.sqlite.prepare("INSERT INTO organisations (name, sector, sort_key, search_key, search_text) VALUES ('O', 'company', 'o', 'o', 'o')").run().lastInsertRowid
    const person = ctx.conn.sqlite.prepare('INSERT INTO people (organisation_id) VALUES (?)').run(org).lastInsertRowid
    ctx.conn.sqlite.prepare('INSERT INTO teams (round_id, challenge_id, name) VALUES (?, ?, ?)').run(round.id, challenge.id, 'Ekipa 1')
    ctx.conn.sqlite.prepare('INSERT INTO workshop_attendance (workshop_id, person_id, attended) VALUES (?, ?, 1)').run(workshop.id, person)
    expect(codeOf(() => removeChallenge(ctx, challenge.id))).toBe('rounds.challengeInUse')
    expect(codeOf(() => removeWorkshop(ctx, workshop.id))).toBe('rounds.workshopInUse')
    const unused = addWorkshop(ctx, round.id, { title: 'Prazna' })
    removeWorkshop(ctx, unused.id)
    expect(getRoundDetail(ctx, round.id).workshops).toHaveLength(1)
  })
})
