import { describe, expect, it } from 'vitest'
import { confirmPlacement, placeByHand, removePlacement, withdrawNomination } from '../../../../electron/services/planning/store/changes'
import { removeOffer, setRules } from '../../../../electron/services/planning/store/offers'
import { planRound, previewPlan } from '../../../../electron/services/planning/store/proposal'
import { previousProposal, restorePreviousProposal } from '../../../../electron/services/planning/store/snapshots'
import { translate } from '../../../../shared/i18n/format'
import { violationMessage } from '../../../../shared/planning/messages'
import { createPlacementChecker } from '../../../../electron/services/planning/check'
import { loadRoundInstance } from '../../../../electron/services/planning/store/load'
import { plannedWorld, snapshot } from './world'

async function world() {
  const w = await plannedWorld()
  const finance = w.org('Ministrstvo za finance', 'ministry')
  const bank = w.org('Banka Čebelica d.d.', 'company')
  const mill = w.org('Mlin Žito d.o.o.', 'company')
  const kres = w.org('Zavod Kres', 'ngo')
  const proposed = () =>
    w.db
      .prepare(
        `SELECT id, nomination_id, host_organisation_id, offer_id, mentor_contact_id, starts_on, ends_on, score, status, locked
           FROM placements WHERE round_id = ? AND status = 'proposed' ORDER BY nomination_id`,
      )
      .all(w.round) as Array<Record<string, number | string | null>>
  return { ...w, finance, bank, mill, kres, proposed }
}

describe('re-proposing shows what will change', () => {
  it('previews without writing, and the preview’s counts are what storing does', async () => {
    const w = await world()
    w.offer(w.bank, 2, '2026-04-01', '2026-05-31')
    w.offer(w.mill, 1, '2026-04-01', '2026-05-31')
    const people = ['Ana Novak', 'Bor Kos', 'Cene Bizjak'].map((n) => w.nominate(w.finance, n, [w.bank, w.mill]))
    await planRound(w.ctx, w.round)
    const first = w.proposed()
    expect(first).toHaveLength(3)

    // Since: the bank's offer moves to June and one more person is nominated, for the NGO's new offer.
    w.db.prepare("UPDATE offers SET available_from = '2026-06-01', available_to = '2026-06-30' WHERE organisation_id = ?").run(w.bank)
    const dana = w.nominate(w.finance, 'Dana Zupan', [w.kres])
    w.offer(w.kres, 1, '2026-04-01', '2026-05-31')
    const before = snapshot(w.db, w.round)
    const preview = previewPlan(w.ctx, w.round)
    expect(snapshot(w.db, w.round)).toEqual(before)
    const kinds = Object.fromEntries(preview.diff.entries.map((e) => [e.nominationId, e.kind]))
    expect(kinds[dana]).toBe('new')
    expect(preview.diff.counts.moved).toBeGreaterThan(0)
    expect(preview.diff.counts.moved + preview.diff.counts.kept + preview.diff.counts.dropped).toBe(first.length)

    await planRound(w.ctx, w.round, { fingerprint: preview.diff.fingerprint })
    const after = w.proposed()
    const byNomination = (rows: typeof first) => new Map(rows.map((r) => [r.nomination_id, r]))
    const [was, now] = [byNomination(first), byNomination(after)]
    const actual = { moved: 0, new: 0, dropped: 0, kept: 0 }
    for (const n of new Set([...was.keys(), ...now.keys()])) {
      const a = was.get(n)
      const b = now.get(n)
      if (!a) actual.new++
      else if (!b) actual.dropped++
      else if (a.host_organisation_id === b.host_organisation_id && a.offer_id === b.offer_id && a.starts_on === b.starts_on && a.ends_on === b.ends_on) actual.kept++
      else actual.moved++
    }
    expect(actual).toEqual(preview.diff.counts)
    expect(people.every((p) => now.has(p) || preview.diff.entries.some((e) => e.nominationId === p && e.kind === 'dropped'))).toBe(true)
  })

  it('refuses to store a preview the round has outgrown, changing nothing', async () => {
    const w = await world()
    w.offer(w.bank, 2)
    w.nominate(w.finance, 'Ana Novak', [w.bank])
    const preview = previewPlan(w.ctx, w.round)
    w.nominate(w.finance, 'Bor Kos', [w.bank])
    const before = snapshot(w.db, w.round)
    await expect(planRound(w.ctx, w.round, { fingerprint: preview.diff.fingerprint })).rejects.toThrow(/previewOutdated/)
    expect(snapshot(w.db, w.round)).toEqual(before)
  })

  it('brings back exactly the previous proposal in one step, audited', async () => {
    const w = await world()
    w.offer(w.bank, 1, '2026-04-01', '2026-05-31')
    w.offer(w.mill, 2, '2026-04-01', '2026-05-31')
    for (const n of ['Ana Novak', 'Bor Kos', 'Cene Bizjak']) w.nominate(w.finance, n, [w.bank, w.mill], { days: 5 })
    await planRound(w.ctx, w.round)
    const previous = w.proposed()
    setRules(w.ctx, w.round, { defaultDurationDays: 10 })
    w.db.prepare('UPDATE nominations SET duration_days = NULL WHERE round_id = ?').run(w.round)
    await planRound(w.ctx, w.round)
    expect(w.proposed()).not.toEqual(previous)
    expect(previousProposal(w.ctx, w.round)).toMatchObject({ placements: 3 })

    const audits = (snapshot(w.db, w.round).audit)
    expect(await restorePreviousProposal(w.ctx, w.round)).toEqual({ restored: 3, removed: 3 })
    expect(w.proposed()).toEqual(previous)
    expect(snapshot(w.db, w.round).audit).toBe(audits + 1)
    const entry = w.db.prepare("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").get() as { action: string }
    expect(entry.action).toBe('restoreProposal')
  })

  it('refuses to bring back a proposal that conflicts with a change made since, changing nothing', async () => {
    const w = await world()
    w.offer(w.bank, 1, '2026-04-01', '2026-05-31')
    w.offer(w.mill, 1, '2026-06-01', '2026-06-30')
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank, w.mill])
    await planRound(w.ctx, w.round)
    w.db.prepare("UPDATE offers SET available_from = '2026-07-01', available_to = '2026-07-31' WHERE organisation_id = ?").run(w.bank)
    await planRound(w.ctx, w.round)
    const now = w.proposed().find((p) => p.nomination_id === ana)!
    confirmPlacement(w.ctx, Number(now.id))
    const before = snapshot(w.db, w.round)
    let message = ''
    await restorePreviousProposal(w.ctx, w.round).catch((e: { code: string; params: Record<string, string | number> }) => {
      message = translate('en', `error.${e.code}`, e.params)
    })
    expect(message).toContain('Ana Novak')
    expect(message).toContain('Nothing was changed')
    expect(snapshot(w.db, w.round)).toEqual(before)
  })
})

describe('moving a placement to another host', () => {
  it('drops the old host’s offer and mentor unless an offer of the new host is chosen', async () => {
    const w = await world()
    const tina = w.mentor(w.bank, 'Tina Vovk')
    const bankOffer = w.offer(w.bank, 1, '2026-04-01', '2026-05-31', tina)
    const marko = w.mentor(w.mill, 'Marko Mlinar')
    const millOffer = w.offer(w.mill, 1, '2026-04-01', '2026-05-31', marko)
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
    const base = { nominationId: ana, startsOn: '2026-04-13', endsOn: '2026-04-17', driver: null, locked: true }
    const placed = placeByHand(w.ctx, { ...base, hostOrganisationId: w.bank, offerId: bankOffer, mentorContactId: null })
    expect(placed).toMatchObject({ offerId: bankOffer, mentorName: 'Tina Vovk' })

    // The dialog still carries the old offer and mentor: the service drops them for a host without an offer.
    const moved = placeByHand(w.ctx, { ...base, hostOrganisationId: w.kres, offerId: bankOffer, mentorContactId: tina, overrideReason: 'brez ponudbe' })
    expect(moved).toMatchObject({ hostName: 'Zavod Kres', offerId: null, mentorContactId: null, mentorName: null })

    const toMill = placeByHand(w.ctx, { ...base, hostOrganisationId: w.mill, offerId: millOffer, mentorContactId: tina })
    expect(toMill).toMatchObject({ offerId: millOffer, mentorName: 'Marko Mlinar' })
  })
})

describe('messages name people, hosts and dates, never record numbers', () => {
  it('says whose offer it is instead of its number, and whose placement is closed', async () => {
    const w = await world()
    // Record numbers that cannot be mistaken for a day or a count in the text.
    w.db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('offers', 479), ('placements', 9172) ON CONFLICT DO NOTHING").run()
    w.db.prepare("UPDATE sqlite_sequence SET seq = 479 WHERE name = 'offers'").run()
    w.db.prepare("UPDATE sqlite_sequence SET seq = 9172 WHERE name = 'placements'").run()
    const offer = w.offer(w.bank, 1, '2026-04-01', '2026-05-31')
    expect(offer).toBe(480)
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
    const violations = createPlacementChecker(loadRoundInstance(w.ctx, w.round).instance)(
      { nominationId: ana, hostOrganisationId: w.mill, offerId: offer, from: '2026-04-13', to: '2026-04-17' }, [],
    )
    const offerHost = violations.find((v) => v.rule === 'offer-host')!
    for (const lang of ['sl', 'en'] as const) {
      const m = violationMessage(offerHost)
      const text = translate(lang, m.key, m.values)
      expect(text).toContain('Banka Čebelica d.d.')
      expect(text).not.toContain('480')
    }
    expect(translate('sl', violationMessage(offerHost).key, violationMessage(offerHost).values)).toContain('1. 4. 2026 – 31. 5. 2026')

    await planRound(w.ctx, w.round)
    const placement = w.proposed()[0]!
    expect(placement.id).toBe(9173)
    removePlacement(w.ctx, 9173)
    expect(() => removeOffer(w.ctx, 999)).toThrow(/unknownOffer/)
    const again = placeByHand(w.ctx, { nominationId: ana, hostOrganisationId: w.bank, offerId: offer, mentorContactId: null, driver: null, startsOn: '2026-04-13', endsOn: '2026-04-17' })
    expect(again.id).toBe(9174)
    const errorText = (fn: () => unknown) => {
      try {
        fn()
      } catch (e) {
        const { code, params } = e as { code: string; params: Record<string, string | number> }
        return ['sl', 'en'].map((lang) => translate(lang as 'sl', `error.${code}`, params))
      }
      return []
    }
    const inUse = errorText(() => removeOffer(w.ctx, offer))
    expect(inUse).toHaveLength(2)
    for (const text of inUse) {
      expect(text).toContain('Banka Čebelica d.d.')
      expect(text).not.toContain('480')
    }
    withdrawNomination(w.ctx, ana)
    const closed = errorText(() => confirmPlacement(w.ctx, 9174))
    expect(closed[0]).toBe('Izmenjava osebe Ana Novak pri Banka Čebelica d.d. je umaknjena in je ni mogoče spreminjati.')
    expect(closed[1]).not.toContain('9174')
  })
})
