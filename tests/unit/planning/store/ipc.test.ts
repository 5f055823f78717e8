import { describe, expect, it } from 'vitest'
import { allHandlers } from '../../../../electron/handlers'
import { createRouter } from '../../../../electron/router'
import { plannedWorld } from './world'

const dialog = { openFile: () => ({ file: null }), chooseFolder: () => ({ folder: null }), readImage: () => ({ dataUrl: '' }), saveFile: () => ({ file: null }) }

describe('planning over IPC', () => {
  it('proposes, shows the board, and answers bad input and broken rules as typed errors without writing', async () => {
    const w = await plannedWorld()
    const errors: unknown[] = []
    const router = createRouter(allHandlers(dialog), w.ctx, (e) => errors.push(e))
    const ministry = w.org('Ministrstvo za finance', 'ministry')
    const bank = w.org('Banka Čebelica d.d.', 'company')
    const other = w.org('Ministrstvo za zdravje', 'ministry')
    w.offer(bank, 1)
    const ana = w.nominate(ministry, 'Ana Novak', [bank])

    expect(await router.invoke('planning:propose', { roundId: w.round })).toMatchObject({ ok: true, value: { placed: 1, optimal: true } })
    const board = await router.invoke('planning:board', { roundId: w.round })
    expect(board).toMatchObject({ ok: true, value: { nominations: [{ id: ana, status: 'proposed', placement: { hostName: 'Banka Čebelica d.d.', explanation: { rank: 1 } } }] } })

    const move = { nominationId: ana, hostOrganisationId: other, startsOn: '2026-04-08', endsOn: '2026-04-14' }
    expect(await router.invoke('planning:check', move)).toMatchObject({ ok: true, value: { violations: [{ rule: 'sector' }, { rule: 'capacity' }] } })
    expect(await router.invoke('planning:place', move)).toMatchObject({ ok: false, error: { code: 'planning.overrideNeeded', fields: { overrideReason: { code: 'required' } } } })
    expect(await router.invoke('planning:place', { ...move, endsOn: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'invalidInput', fields: { endsOn: { code: 'endBeforeStart' } } } })
    expect(await router.invoke('planning:saveOffer', { roundId: w.round, offer: { organisationId: bank, places: 0 } })).toMatchObject({ ok: false, error: { fields: { 'offer.places': { code: 'positive' } } } })
    expect(await router.invoke('planning:complete', { placementId: 1, participantRating: 9 })).toMatchObject({ ok: false, error: { fields: { participantRating: { code: 'rating' } } } })
    expect(w.db.prepare('SELECT host_organisation_id AS host FROM placements').all()).toEqual([{ host: bank }])
    expect(errors).toEqual([])
  })
})
