import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../../electron/services/context'
import { proposePlan } from '../../../electron/services/planning'
import { getBoard } from '../../../electron/services/planning/store/board'
import { checkManualPlacement, placeByHand } from '../../../electron/services/planning/store/changes'
import { loadRoundInstance } from '../../../electron/services/planning/store/load'
import { erasePerson, previewErasure } from '../../../electron/services/privacy/erase'
import { demoContext } from './helpers'

let ctx: ServiceContext
let cleanup: () => void
beforeEach(async () => ({ ctx, cleanup } = await demoContext()))
afterEach(() => cleanup())

interface Open { personId: number; nominationId: number; roundId: number; email: string }

/** A person of the open round whose nomination has the given status (and no other nomination anywhere). */
function personWith(status: string): Open {
  return ctx.conn.sqlite
    .prepare(
      `SELECT n.person_id AS personId, n.id AS nominationId, n.round_id AS roundId, pe.email FROM nominations n
         JOIN rounds r ON r.id = n.round_id JOIN people pe ON pe.id = n.person_id
        WHERE r.status <> 'closed' AND n.status = ? AND pe.email IS NOT NULL
          AND (SELECT count(*) FROM nominations x WHERE x.person_id = n.person_id) = 1
        ORDER BY n.id LIMIT 1`,
    )
    .get(status) as Open
}

const nominationState = (id: number) =>
  ctx.conn.sqlite.prepare('SELECT status, withdrawn_reason AS reason, withdrawn_on AS "on" FROM nominations WHERE id = ?').get(id)
const placementStatuses = (nominationId: number) =>
  ctx.conn.sqlite.prepare('SELECT status FROM placements WHERE nomination_id = ? ORDER BY id').pluck().all(nominationId)

describe('erasing a person with open business', () => {
  it('withdraws the open nomination and the proposed placement in the same step, marked as withdrawn at an erasure', async () => {
    const proposed = personWith('proposed')
    expect(placementStatuses(proposed.nominationId)).toEqual(['proposed'])
    const preview = previewErasure(ctx, { personId: proposed.personId })
    expect(preview).toMatchObject({ withdrawnNominations: 1, withdrawnPlacements: 1 })
    expect(nominationState(proposed.nominationId)).toMatchObject({ status: 'proposed', reason: null })

    const result = await erasePerson(ctx, { personId: proposed.personId })
    expect(result).toMatchObject({ withdrawnNominations: 1, withdrawnPlacements: 1 })
    expect(nominationState(proposed.nominationId)).toEqual({ status: 'withdrawn', reason: 'erasure', on: '2026-11-22' })
    expect(placementStatuses(proposed.nominationId)).toEqual(['withdrawn'])
    const entry = getBoard(ctx, proposed.roundId).nominations.find((n) => n.id === proposed.nominationId)
    expect(entry).toMatchObject({ name: null, status: 'withdrawn', withdrawnReason: 'erasure', unplaced: null })
  })

  it('withdraws a nomination not yet placed; the planner leaves it out and placing it by hand is refused', async () => {
    const nominated = personWith('nominated')
    const { instance: before } = loadRoundInstance(ctx, nominated.roundId)
    expect(before.nominations.some((n) => n.id === nominated.nominationId)).toBe(true)
    await erasePerson(ctx, { email: nominated.email })
    expect(nominationState(nominated.nominationId)).toMatchObject({ status: 'withdrawn', reason: 'erasure' })

    const { instance } = loadRoundInstance(ctx, nominated.roundId)
    expect(instance.nominations.some((n) => n.id === nominated.nominationId)).toBe(false)
    expect(proposePlan(instance).placements.some((p) => p.nominationId === nominated.nominationId)).toBe(false)

    const host = instance.offers[0]!
    const input = { nominationId: nominated.nominationId, hostOrganisationId: host.organisationId, offerId: null, startsOn: '2026-12-01', endsOn: '2026-12-05', overrideReason: 'Vseeno' }
    expect(() => checkManualPlacement(ctx, input)).toThrow(expect.objectContaining({ code: 'planning.nominationErased' }))
    expect(() => placeByHand(ctx, input)).toThrow(expect.objectContaining({ code: 'planning.nominationErased' }))
    expect(placementStatuses(nominated.nominationId)).toEqual([])
  })

  it('keeps confirmed and completed placements and their nominations for the statistics', async () => {
    for (const status of ['confirmed', 'completed']) {
      const person = personWith(status)
      const result = await erasePerson(ctx, { personId: person.personId })
      expect(result).toMatchObject({ withdrawnNominations: 0, withdrawnPlacements: 0 })
      expect(nominationState(person.nominationId)).toEqual({ status, reason: null, on: null })
      expect(placementStatuses(person.nominationId)).toEqual([status])
    }
  })

  it('leaves nominations of closed rounds as they were', async () => {
    const closed = ctx.conn.sqlite
      .prepare(
        `SELECT n.person_id AS personId, n.id AS nominationId FROM nominations n JOIN rounds r ON r.id = n.round_id
          WHERE r.status = 'closed' AND (SELECT count(*) FROM nominations x WHERE x.person_id = n.person_id) = 1 ORDER BY n.id LIMIT 1`,
      )
      .get() as { personId: number; nominationId: number }
    const before = nominationState(closed.nominationId)
    ctx.conn.sqlite.prepare("UPDATE nominations SET status = 'nominated' WHERE id = ?").run(closed.nominationId)
    await erasePerson(ctx, { personId: closed.personId })
    expect(nominationState(closed.nominationId)).toEqual({ ...(before as object), status: 'nominated' })
  })
})
