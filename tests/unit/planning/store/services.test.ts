import { describe, expect, it } from 'vitest'
import { getBoard } from '../../../../electron/services/planning/store/board'
import {
  checkManualPlacement,
  confirmPlacement,
  placeByHand,
  recordCompletion,
  removePlacement,
  withdrawNomination,
} from '../../../../electron/services/planning/store/changes'
import { getRules, removeOffer, saveOffer, setRules } from '../../../../electron/services/planning/store/offers'
import { planRound } from '../../../../electron/services/planning/store/proposal'
import { getTeams, proposeAndStoreTeams, saveTeams } from '../../../../electron/services/planning/store/teams'
import { listAttendance, registerForWorkshop, setAttended } from '../../../../electron/services/planning/store/workshops'
import { listBackups } from '../../../../db/backup'
import { backupFolder } from '../../../../electron/services/settings/backups'
import { plannedWorld } from './world'

async function world() {
  const w = await plannedWorld()
  const finance = w.org('Ministrstvo za finance', 'ministry')
  const bank = w.org('Banka Čebelica d.d.', 'company')
  const kres = w.org('Zavod Kres', 'ngo')
  return { ...w, finance, bank, kres }
}

describe('planning store', () => {
  it('reads and writes the round’s rules with defaults, and a rule change changes the plan', async () => {
    const w = await world()
    expect(getRules(w.ctx, w.round)).toMatchObject({ sectorKinds: ['cross'], defaultDurationDays: 5, reciprocity: false })
    w.offer(w.finance, 1)
    const other = w.org('Ministrstvo za zdravje', 'ministry')
    w.nominate(other, 'Ana Novak', [w.finance])
    expect((await planRound(w.ctx, w.round)).summary.placed).toBe(0)
    expect(setRules(w.ctx, w.round, { sectorKinds: ['cross', 'within-public'], defaultDurationDays: 10 })).toMatchObject({ defaultDurationDays: 10 })
    expect((await planRound(w.ctx, w.round)).summary.placed).toBe(1)
    expect(() => setRules(w.ctx, w.round, { sectorKinds: [] })).toThrow()
    expect(getRules(w.ctx, w.round).sectorKinds).toEqual(['cross', 'within-public'])
  })

  it('checks a hand-made placement, needs a reason for a broken rule, and flags it on the board', async () => {
    const w = await world()
    w.offer(w.bank, 1)
    w.conflict(w.finance, w.bank, 'The ministry supervises the bank')
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
    const move = { nominationId: ana, hostOrganisationId: w.bank, startsOn: '2026-04-08', endsOn: '2026-04-14' }
    expect(checkManualPlacement(w.ctx, move).violations.map((v) => v.rule)).toEqual(['conflict'])
    expect(() => placeByHand(w.ctx, move)).toThrow(/overrideNeeded/)
    expect(w.db.prepare('SELECT count(*) AS n FROM placements').get()).toEqual({ n: 0 })
    const placed = placeByHand(w.ctx, { ...move, overrideReason: 'Approved by the ethics officer' })
    const board = getBoard(w.ctx, w.round)
    expect(board.nominations[0]).toMatchObject({ status: 'proposed', placement: { id: placed.id, overrideReason: 'Approved by the ethics officer', locked: true } })
    expect(board.offers[0]).toMatchObject({ organisationName: 'Banka Čebelica d.d.', places: 1, used: 0 })
    // Within the rules again (another host), the flag goes away.
    w.offer(w.kres, 1)
    expect(placeByHand(w.ctx, { ...move, hostOrganisationId: w.kres }).overrideReason).toBeNull()
  })

  it('confirms, completes with feedback, withdraws and removes, keeping nomination statuses in step', async () => {
    const w = await world()
    w.offer(w.bank, 2)
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
    const bor = w.nominate(w.finance, 'Bor Kos', [w.bank])
    await planRound(w.ctx, w.round)
    const placementOf = (id: number) => getBoard(w.ctx, w.round).nominations.find((n) => n.id === id)!.placement!
    const [pa, pb] = [placementOf(ana), placementOf(bor)]
    expect(confirmPlacement(w.ctx, pa!.id).status).toBe('confirmed')
    const done = recordCompletion(w.ctx, { placementId: pa!.id, daysActual: 4, participantRating: 5, participantFeedback: 'Zelo koristno', hostRating: 4, hostFeedback: null })
    expect(done).toMatchObject({ status: 'completed', daysActual: 4, participantRating: 5, hostRating: 4 })
    expect(() => recordCompletion(w.ctx, { placementId: pa!.id, participantRating: 6 })).toThrow()
    expect(() => removePlacement(w.ctx, pa!.id)).toThrow(/placementClosed/)
    withdrawNomination(w.ctx, bor)
    expect(() => confirmPlacement(w.ctx, pb!.id)).toThrow(/placementClosed/)
    const statuses = Object.fromEntries(getBoard(w.ctx, w.round).nominations.map((n) => [n.id, [n.status, n.placement?.status]]))
    expect(statuses).toEqual({ [ana]: ['completed', 'completed'], [bor]: ['withdrawn', 'withdrawn'] })
    // A new proposal leaves the withdrawn and the completed alone.
    expect((await planRound(w.ctx, w.round)).summary).toMatchObject({ placed: 1, unplaced: 0 })
  })

  it('refuses to complete a placement that is only proposed, and changes nothing', async () => {
    const w = await world()
    w.offer(w.bank, 1)
    w.nominate(w.finance, 'Ana Novak', [w.bank])
    await planRound(w.ctx, w.round)
    const proposed = getBoard(w.ctx, w.round).nominations[0]!.placement!
    expect(proposed.status).toBe('proposed')
    expect(() => recordCompletion(w.ctx, { placementId: proposed.id, daysActual: 5, participantRating: 4 })).toThrow(/completionNeedsConfirmed/)
    expect(getBoard(w.ctx, w.round).nominations[0]).toMatchObject({ status: 'proposed', placement: { status: 'proposed', daysActual: null, participantRating: null } })
  })

  it('takes a backup before storing a proposal', async () => {
    const w = await world()
    w.offer(w.bank, 1)
    w.nominate(w.finance, 'Ana Novak', [w.bank])
    const before = listBackups(backupFolder(w.ctx)).length
    const { backup } = await planRound(w.ctx, w.round)
    const after = listBackups(backupFolder(w.ctx))
    expect(after).toHaveLength(before + 1)
    expect(after.map((b) => b.file)).toContain(backup)
  })

  it('locks a hand-made placement only when the user leaves it locked', async () => {
    const w = await world()
    w.offer(w.bank, 1)
    w.offer(w.kres, 1)
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
    const byHand = { nominationId: ana, hostOrganisationId: w.kres, startsOn: '2026-04-08', endsOn: '2026-04-14' }
    expect(placeByHand(w.ctx, byHand).locked).toBe(true)
    expect(placeByHand(w.ctx, { ...byHand, locked: false }).locked).toBe(false)
    // Unlocked, it is a proposal like any other: the next proposal gives Ana her first choice instead.
    await planRound(w.ctx, w.round)
    expect(getBoard(w.ctx, w.round).nominations[0]!.placement).toMatchObject({ hostOrganisationId: w.bank, locked: false })
  })

  it('removing a proposed placement opens the nomination again', async () => {
    const w = await world()
    w.offer(w.bank, 1)
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
    await planRound(w.ctx, w.round)
    removePlacement(w.ctx, getBoard(w.ctx, w.round).nominations[0]!.placement!.id)
    expect(getBoard(w.ctx, w.round).nominations[0]).toMatchObject({ id: ana, status: 'nominated', placement: null })
  })

  it('keeps offers: create, change, refuse a mentor of another organisation, refuse removing one in use', async () => {
    const w = await world()
    const mentor = w.mentor(w.bank, 'Marta Mentor')
    const foreign = w.mentor(w.kres, 'Tone Tuj')
    const offer = saveOffer(w.ctx, w.round, null, { organisationId: w.bank, places: 2, availableFrom: '2026-04-01', availableTo: '2026-04-30', department: 'Risk', mentorContactId: mentor, languages: ['sl', 'EN'] })
    expect(offer).toMatchObject({ places: 2, mentorName: 'Marta Mentor', languages: ['sl', 'en'], used: 0 })
    expect(() => saveOffer(w.ctx, w.round, offer.id, { organisationId: w.bank, places: 2, mentorContactId: foreign })).toThrow(/mentorNotOfHost/)
    expect(() => saveOffer(w.ctx, w.round, null, { organisationId: w.bank, places: 0 })).toThrow()
    expect(saveOffer(w.ctx, w.round, offer.id, { organisationId: w.bank, places: 3, mentorContactId: mentor }).places).toBe(3)
    w.nominate(w.finance, 'Ana Novak', [w.bank])
    await planRound(w.ctx, w.round)
    expect(() => removeOffer(w.ctx, offer.id)).toThrow(/offerInUse/)
    const spare = saveOffer(w.ctx, w.round, null, { organisationId: w.kres, places: 1 })
    expect(removeOffer(w.ctx, spare.id)).toEqual({ removed: true })
  })

  it('proposes mixed teams per challenge, stores hand edits with warnings', async () => {
    const w = await world()
    const challenge = Number(w.db.prepare("INSERT INTO challenges (round_id, title) VALUES (?, 'E-storitve')").run(w.round).lastInsertRowid)
    for (const [org, name] of [[w.finance, 'Ana Novak'], [w.finance, 'Bor Kos'], [w.bank, 'Cene Bizjak'], [w.kres, 'Dana Zupan']] as const) w.nominate(org, name, [], { challengeId: challenge })
    const proposed = await proposeAndStoreTeams(w.ctx, w.round)
    expect(proposed.teams.length).toBeGreaterThan(0)
    for (const team of proposed.teams) expect(new Set(team.members.map((m) => m.sector === 'ministry')).size).toBe(2)
    expect(proposed.warnings).toEqual([])
    const ministry = proposed.teams.flatMap((t) => t.members).filter((m) => m.sector === 'ministry').map((m) => m.personId)
    const edited = saveTeams(w.ctx, { roundId: w.round, teams: [{ challengeId: challenge, name: 'Samo javni', members: ministry }] })
    expect(edited.warnings.map((x) => x.code)).toEqual(expect.arrayContaining(['single-side', 'missing-person']))
    expect(getTeams(w.ctx, w.round).teams[0]!.name).toBe('Samo javni')
  })

  it('registers workshop participants within capacity and records attendance', async () => {
    const w = await world()
    const workshop = Number(w.db.prepare("INSERT INTO workshops (round_id, title, capacity) VALUES (?, 'Komunikacija', 1)").run(w.round).lastInsertRowid)
    w.nominate(w.finance, 'Ana Novak', [])
    w.nominate(w.bank, 'Bor Kos', [])
    const [ana, bor] = (w.db.prepare('SELECT id FROM people ORDER BY id').all() as Array<{ id: number }>).map((p) => p.id)
    expect(registerForWorkshop(w.ctx, workshop, ana!)).toMatchObject([{ name: 'Ana Novak', attended: false }])
    expect(() => registerForWorkshop(w.ctx, workshop, bor!)).toThrow(/workshopFull/)
    expect(setAttended(w.ctx, workshop, ana!, true)).toMatchObject([{ attended: true }])
    expect(listAttendance(w.ctx, w.round)).toHaveLength(1)
  })
})
