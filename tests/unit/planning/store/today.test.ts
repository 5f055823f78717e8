import { describe, expect, it } from 'vitest'
import { confirmPlacement, placeByHand } from '../../../../electron/services/planning/store/changes'
import { setRules } from '../../../../electron/services/planning/store/offers'
import { planRound, previewPlan } from '../../../../electron/services/planning/store/proposal'
import { translate } from '../../../../shared/i18n/format'
import { sentence, unplacedMessages } from '../../../../shared/planning/messages'
import { plannedWorld, snapshot } from './world'

/**
 * The 2026 round planned on 8 December 2026 (a Tuesday): five working days of notice put the earliest start on
 * 15 December, no notice on 8 December itself.
 */
async function december() {
  const w = await plannedWorld()
  w.db.prepare("UPDATE rounds SET starts_on = '2026-01-01', ends_on = '2026-12-31' WHERE id = ?").run(w.round)
  w.ctx.now = () => new Date('2026-12-08T09:00:00Z')
  const finance = w.org('Ministrstvo za finance', 'ministry')
  const health = w.org('Ministrstvo za zdravje', 'ministry')
  const bank = w.org('Banka Čebelica d.d.', 'company')
  const mill = w.org('Mlin Žito d.o.o.', 'company')
  const placements = () =>
    w.db.prepare("SELECT nomination_id AS n, host_organisation_id AS host, starts_on AS s, ends_on AS e, status FROM placements WHERE round_id = ? ORDER BY nomination_id").all(w.round) as
      Array<{ n: number; host: number; s: string; e: string; status: string }>
  return { ...w, finance, health, bank, mill, placements }
}

describe('planning respects today', () => {
  it('starts no proposal before today plus the notice (5 working days: 15 December; none: 8 December)', async () => {
    const w = await december()
    w.offer(w.bank, 5, '2026-01-01', '2026-12-31')
    w.offer(w.mill, 5, '2026-11-01', '2026-12-31')
    for (const name of ['Ana Novak', 'Bor Kos', 'Cene Bizjak', 'Dana Zupan']) w.nominate(w.finance, name, [w.bank, w.mill])
    w.nominate(w.health, 'Eva Horvat', [w.mill], { from: '2026-10-01', to: '2026-12-31' })

    await planRound(w.ctx, w.round)
    const five = w.placements()
    expect(five).toHaveLength(5)
    for (const p of five) expect(p.s >= '2026-12-15', `${p.n} starts ${p.s}`).toBe(true)
    expect(five.map((p) => p.s)).toContain('2026-12-15')

    setRules(w.ctx, w.round, { noticeWorkingDays: 0 })
    await planRound(w.ctx, w.round)
    const none = w.placements()
    for (const p of none) expect(p.s >= '2026-12-08', `${p.n} starts ${p.s}`).toBe(true)
    expect(none.map((p) => p.s)).toContain('2026-12-08')
  })

  it('proposes a 5-working-day exchange from Tuesday 15 to Monday 21 December, also in a round without dates', async () => {
    const w = await december()
    w.offer(w.bank, 2, '2026-12-01', '2026-12-31')
    w.nominate(w.finance, 'Ana Novak', [w.bank], { from: '2026-12-01', to: '2026-12-31' })
    await planRound(w.ctx, w.round)
    expect(w.placements().map((p) => [p.s, p.e])).toEqual([['2026-12-15', '2026-12-21']])

    // A rolling round: no dates on the round, the offer or the nomination; the stay still counts working days.
    w.db.prepare('UPDATE rounds SET starts_on = NULL, ends_on = NULL WHERE id = ?').run(w.round)
    w.db.prepare('UPDATE offers SET available_from = NULL, available_to = NULL').run()
    w.db.prepare('UPDATE nominations SET available_from = NULL, available_to = NULL, duration_days = 8').run()
    await planRound(w.ctx, w.round)
    // 15.–18., 21.–24. 12.: eight working days, the weekend in between skipped.
    expect(w.placements().map((p) => [p.s, p.e])).toEqual([['2026-12-15', '2026-12-24']])
  })

  it('leaves out, with its reason, a nomination available only until before the earliest start', async () => {
    const w = await december()
    w.offer(w.bank, 5, '2026-01-01', '2026-12-31')
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank], { from: '2026-11-20', to: '2026-12-12', days: 2 })
    const { proposal } = previewPlan(w.ctx, w.round)
    expect(proposal.placements).toEqual([])
    const unplaced = proposal.unplaced.find((u) => u.nominationId === ana)!
    expect(unplaced).toMatchObject({ code: 'before-earliest-start', params: { until: '2026-12-12', earliest: '2026-12-15' } })
    const sl = sentence((k, v) => translate('sl', k, v), unplacedMessages(unplaced))
    expect(sl.startsWith('Na voljo le do 12. 12. 2026, to je pred najzgodnejšim možnim začetkom (15. 12. 2026)'), sl).toBe(true)
    expect(sentence((k, v) => translate('en', k, v), unplacedMessages(unplaced))).toContain('Available only until 12 Dec 2026')
  })

  it('does not move an existing future proposal into the past, and keeps one that has started', async () => {
    const w = await december()
    w.offer(w.bank, 5, '2026-01-01', '2026-12-31')
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
    const bor = w.nominate(w.finance, 'Bor Kos', [w.bank])
    const base = { hostOrganisationId: w.bank, offerId: null, mentorContactId: null, driver: null, locked: false }
    // Made by hand earlier (a reason for the then rule breaks), unlocked: the next proposal may re-plan them.
    placeByHand(w.ctx, { ...base, nominationId: ana, startsOn: '2026-12-21', endsOn: '2026-12-25', overrideReason: 'dogovor' })
    placeByHand(w.ctx, { ...base, nominationId: bor, startsOn: '2026-12-07', endsOn: '2026-12-11', overrideReason: 'že poteka' })
    await planRound(w.ctx, w.round)
    const after = new Map(w.placements().map((p) => [p.n, p]))
    expect(after.get(ana)!.s >= '2026-12-15').toBe(true)
    expect(after.get(bor)).toMatchObject({ s: '2026-12-07', e: '2026-12-11', status: 'proposed' })
  })

  it('needs a reason to place by hand before the earliest start, and asks before confirming an exchange that has started', async () => {
    const w = await december()
    w.offer(w.bank, 5, '2026-01-01', '2026-12-31')
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
    const input = { nominationId: ana, hostOrganisationId: w.bank, offerId: null, mentorContactId: null, driver: null, startsOn: '2026-12-03', endsOn: '2026-12-07' }
    expect(() => placeByHand(w.ctx, input)).toThrow(/overrideNeeded/)
    expect(w.placements()).toEqual([])
    const placed = placeByHand(w.ctx, { ...input, overrideReason: 'izmenjava je že dogovorjena' })
    expect(placed.overrideReason).toBe('izmenjava je že dogovorjena')

    const before = snapshot(w.db, w.round)
    let message = ''
    try {
      confirmPlacement(w.ctx, placed.id)
    } catch (e) {
      message = translate('sl', `error.${(e as { code: string }).code}`, (e as { params: Record<string, string | number> }).params)
    }
    expect(message).toBe('Izmenjava osebe Ana Novak pri Banka Čebelica d.d. se je začela 3. 12. 2026. Potrdite jo lahko le izrecno.')
    expect(snapshot(w.db, w.round)).toEqual(before)
    expect(confirmPlacement(w.ctx, placed.id, { evenIfStarted: true }).status).toBe('confirmed')
  })

  it('refuses a negative notice and keeps 0', async () => {
    const w = await december()
    expect(() => setRules(w.ctx, w.round, { noticeWorkingDays: -1 })).toThrow()
    expect(setRules(w.ctx, w.round, { noticeWorkingDays: 0 }).noticeWorkingDays).toBe(0)
  })
})
