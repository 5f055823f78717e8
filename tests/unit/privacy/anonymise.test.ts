import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { audit, changedFields } from '../../../electron/services/audit'
import type { ServiceContext } from '../../../electron/services/context'
import { anonymiseRound } from '../../../electron/services/privacy/anonymise'
import { dueRounds, planAnonymisation } from '../../../electron/services/privacy/plan'
import { setRetention } from '../../../electron/services/privacy/retention'
import { getStatistics } from '../../../electron/services/stats/statistics'
import { UserError } from '../../../shared/errors'
import { backupsIn, demoContext, dump, findEverywhere, insertLetter, statisticsFingerprint } from './helpers'

let ctx: ServiceContext
let cleanup: () => void
beforeEach(async () => ({ ctx, cleanup } = await demoContext()))
afterEach(() => cleanup())

const roundId = (name: string) => ctx.conn.sqlite.prepare('SELECT id FROM rounds WHERE name LIKE ?').pluck().get(`%${name}%`) as number
interface PersonRow { id: number; first_name: string | null; last_name: string | null; email: string | null; phone: string | null; job_title: string | null; anonymised_at: string | null; sort_key: string }
const personOf = (id: number) => ctx.conn.sqlite.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow

describe('proposals', () => {
  it('proposes closed rounds whose people have passed the retention period, and keeps people another round still needs', () => {
    const proposals = dueRounds(ctx)
    const names = proposals.map((p) => p.roundName)
    // 22 Nov 2026, participants 36 months: the rounds up to 2022 are due; 2023 only for people who were not placed.
    expect(names).toContain('Partnerstvo za spremembe 2015 (pilot)')
    expect(names).toContain('Partnerstvo za spremembe 2022')
    expect(names.some((n) => n.includes('2026'))).toBe(false)
    const pilot = proposals.find((p) => p.roundName.includes('2015'))!
    expect(pilot.people).toBe(pilot.participants + pilot.nominees)
    expect(pilot.people + pilot.keptActive + pilot.keptRetention).toBe(
      ctx.conn.sqlite.prepare('SELECT count(DISTINCT person_id) FROM nominations WHERE round_id = ?').pluck().get(pilot.roundId),
    )
    for (const p of proposals) {
      const end = p.roundEndsOn!
      expect(end < '2025-11-22').toBe(true)
    }
  })

  it('follows the retention settings', () => {
    setRetention(ctx, { participants: 240, nominees: 240 })
    expect(dueRounds(ctx)).toEqual([])
    setRetention(ctx, { participants: 1, nominees: 1 })
    expect(dueRounds(ctx).map((p) => p.roundName)).toContain('Izmenjave za sodelovanje 2025')
  })

  it('keeps people who are also nominated in the open round', () => {
    const pilotRound = roundId('2016')
    const person = ctx.conn.sqlite.prepare('SELECT person_id FROM nominations WHERE round_id = ? LIMIT 1').pluck().get(pilotRound) as number
    expect(planAnonymisation(ctx, pilotRound, false).personIds).toContain(person)
    ctx.conn.sqlite.prepare("INSERT INTO nominations (round_id, person_id, status) VALUES (?, ?, 'nominated')").run(roundId('2026'), person)
    const plan = planAnonymisation(ctx, pilotRound, false)
    expect(plan.personIds).not.toContain(person)
    expect(plan.keptActive).toBe(1)
  })
})

describe('anonymising a round', () => {
  it('removes names, contact details, notes, letter text and audit data; statistics stay identical', async () => {
    const round = roundId('2018')
    const plan = planAnonymisation(ctx, round, true)
    expect(plan.people).toBeGreaterThan(50)
    const personId = plan.personIds[0]!
    const person = personOf(personId)
    const placement = ctx.conn.sqlite
      .prepare('SELECT p.id FROM placements p JOIN nominations n ON n.id = p.nomination_id WHERE n.person_id = ? AND p.round_id = ?')
      .pluck()
      .get(personId, round) as number
    insertLetter(ctx.conn.sqlite, placement, 'MJU-2018-001', `<p>Spoštovani ${person.first_name} ${person.last_name}</p>`)
    ctx.conn.sqlite.prepare("UPDATE nominations SET notes = 'Govori nemško.' WHERE person_id = ?").run(personId)
    ctx.conn.sqlite.transaction(() => {
      audit(ctx, 'person', personId, 'update', { email: person.email, jobTitle: 'referent' }, changedFields({ email: person.email }, { email: 'novi@primer.si' }))
      audit(ctx, 'import', 1, 'create', null, { rows: [{ name: `${person.first_name} ${person.last_name}`, organisation: 'MJU' }] })
    })()
    const statistics = statisticsFingerprint(ctx.conn.sqlite)
    const keptElsewhere = ctx.conn.sqlite.prepare('SELECT count(*) FROM people WHERE anonymised_at IS NULL').pluck().get() as number

    const result = await anonymiseRound(ctx, round, true)

    expect(result).toMatchObject({ roundId: round, people: plan.people, participants: plan.participants, nominees: plan.nominees })
    expect(result.backup).toMatch(/exchange-desk-.*-bulk\.sqlite$/)
    expect(backupsIn(ctx)).toHaveLength(1)
    expect(statisticsFingerprint(ctx.conn.sqlite)).toBe(statistics)
    expect(personOf(personId)).toMatchObject({ first_name: null, last_name: null, email: null, phone: null, job_title: null, sort_key: '', anonymised_at: '2026-11-22T10:00:00.000Z' })
    const anonymised = ctx.conn.sqlite
      .prepare('SELECT count(*) FROM people WHERE id IN (SELECT value FROM json_each(?)) AND first_name IS NULL AND email IS NULL AND anonymised_at IS NOT NULL')
      .pluck()
      .get(JSON.stringify(plan.personIds))
    expect(anonymised).toBe(plan.people)
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM people WHERE anonymised_at IS NULL').pluck().get()).toBe(keptElsewhere - plan.people)
    expect(ctx.conn.sqlite.prepare('SELECT html FROM letters WHERE reference = ?').pluck().get('MJU-2018-001')).toBe('')
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM nominations WHERE person_id = ? AND notes IS NOT NULL').pluck().get(personId)).toBe(0)
    expect(findEverywhere(ctx.conn.sqlite, person.email!)).toEqual([])
    expect(findEverywhere(ctx.conn.sqlite, `${person.first_name} ${person.last_name}`)).toEqual([])
    const entry = ctx.conn.sqlite.prepare("SELECT entity, entity_id, after FROM audit_log WHERE action = 'anonymise'").get() as { entity: string; entity_id: number; after: string }
    expect(entry).toMatchObject({ entity: 'round', entity_id: round })
    expect(JSON.parse(entry.after)).toEqual({ people: plan.people, participants: plan.participants, nominees: plan.nominees, dueOnly: true })
    // The update entry still says that the e-mail changed, without either address.
    const update = ctx.conn.sqlite.prepare("SELECT before, after FROM audit_log WHERE entity = 'person' AND entity_id = ?").get(personId) as { before: string; after: string }
    expect(JSON.parse(update.after)).toEqual({ email: [null, null] })
    expect(JSON.parse(update.before)).toEqual({ email: null, jobTitle: null })
  })

  it('keeps the yearly figures identical when every proposal is carried out', async () => {
    setRetention(ctx, { participants: 1, nominees: 1 })
    const statistics = statisticsFingerprint(ctx.conn.sqlite)
    // The annual report's figures as the statistics service computes them, every year since the pilot and all together.
    const report = () => [...Array.from({ length: 12 }, (_, i) => getStatistics(ctx.conn, { year: 2015 + i })), getStatistics(ctx.conn, { from: 2015, to: 2026 })]
    const yearly = report()
    expect(yearly[3]!.participants.total).toBeGreaterThan(50)
    const proposals = dueRounds(ctx)
    expect(proposals.length).toBeGreaterThanOrEqual(11)
    let total = 0
    for (const p of proposals) total += (await anonymiseRound(ctx, p.roundId, true)).people
    expect(total).toBeGreaterThan(800)
    expect(statisticsFingerprint(ctx.conn.sqlite)).toBe(statistics)
    expect(report()).toEqual(yearly)
    expect(dueRounds(ctx)).toEqual([])
    // Only people of the open 2026 round still have names.
    const named = ctx.conn.sqlite.prepare('SELECT count(*) FROM people WHERE first_name IS NOT NULL').pluck().get() as number
    const inOpenRound = ctx.conn.sqlite.prepare('SELECT count(DISTINCT person_id) FROM nominations WHERE round_id = ?').pluck().get(roundId('2026')) as number
    expect(named).toBe(inOpenRound)
  })

  it('refuses a round that is not closed, and an unknown round, changing nothing and making no backup', async () => {
    const before = dump(ctx.conn.sqlite)
    await expect(anonymiseRound(ctx, roundId('2026'), false)).rejects.toMatchObject({ code: 'privacy.roundNotClosed' })
    await expect(anonymiseRound(ctx, 9999, false)).rejects.toBeInstanceOf(UserError)
    expect(dump(ctx.conn.sqlite)).toBe(before)
    expect(backupsIn(ctx)).toEqual([])
  })

  it('does nothing, without a backup, when nobody is due', async () => {
    setRetention(ctx, { participants: 240, nominees: 240 })
    const before = dump(ctx.conn.sqlite)
    const result = await anonymiseRound(ctx, roundId('2015'), true)
    expect(result).toMatchObject({ people: 0, backup: null })
    expect(dump(ctx.conn.sqlite)).toBe(before)
    expect(backupsIn(ctx)).toEqual([])
  })
})
