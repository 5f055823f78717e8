import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getStatistics } from '../../../electron/services/stats/statistics'
import type { Statistics } from '../../../shared/stats/types'
import { buildWorld } from './world'

/**
 * Every expected figure below is worked out by hand from world.ts. Placements are named p1…p14 in the order
 * world.ts makes them (p1–p10 in 2024, p8 withdrawn, p9 proposed; p11, p12 in 2023; p13, p14 start in 2025).
 */
let world: Awaited<ReturnType<typeof buildWorld>>
let y2024: Statistics
beforeAll(async () => {
  world = await buildWorld()
  y2024 = getStatistics(world.f.conn, { year: 2024 })
})
afterAll(() => world.f.close())

describe('participants in 2024', () => {
  it('counts confirmed and completed placements, not withdrawn or proposed ones, and a person placed twice twice', () => {
    // p1–p7 and p10: eight; p8 withdrawn, p9 proposed; p10 is the person of p1 again.
    expect(y2024.participants.total).toBe(8)
    expect(y2024.participants.people).toBe(7)
  })

  it('counts a stay over new year whole in the year it starts', () => {
    // p12 (27 Dec 2023 – 5 Jan 2024) belongs to 2023, p7 (23 Dec 2024 – 3 Jan 2025) to 2024, not to 2025.
    expect(getStatistics(world.f.conn, { year: 2023 }).participants.total).toBe(2)
    expect(getStatistics(world.f.conn, { year: 2025 }).participants.total).toBe(2)
  })

  it('splits by the home sector stored on the placement, even after the organisation changed sector', () => {
    // Agencija S was a public body for p11 (2023) and a company for p6 (2024).
    expect(y2024.participants.byHomeSector).toEqual({ ministry: 4, 'public-body': 0, company: 2, ngo: 1, association: 1 })
    expect(getStatistics(world.f.conn, { year: 2023 }).participants.byHomeSector).toEqual({ ministry: 0, 'public-body': 1, company: 1, ngo: 0, association: 0 })
  })

  it('gives every placement exactly one direction: NGOs first, associations on the private side', () => {
    // p1, p7 public→private; p2, p6 private→public; p3 within public; p4, p10 with an NGO (either side); p5 association→company.
    expect(y2024.participants.byDirection).toEqual({ publicToPrivate: 2, privateToPublic: 2, withinPublic: 1, withNgos: 2, withinPrivate: 1 })
    const sum = Object.values(y2024.participants.byDirection).reduce((a, b) => a + b, 0)
    expect(sum).toBe(y2024.participants.total)
  })

  it('splits by gender where recorded and by driver', () => {
    expect(y2024.participants.byGender).toEqual({ f: 4, m: 2, x: 1, unknown: 1 })
    expect(y2024.participants.byDriver).toEqual({ process: 3, project: 2, practice: 2, unknown: 1 })
  })
})

describe('organisations in 2024', () => {
  it('counts each organisation taking part once, with the sector of its latest placement; offers count, withdrawn ones do not', () => {
    // Agencija S counts as a company (its 2024 placement); Podjetje O only offered places; Podjetje W only hosted a withdrawn placement.
    expect(y2024.organisations.bySector).toEqual({ ministry: 2, 'public-body': 1, company: 4, ngo: 1, association: 1 })
    expect(y2024.organisations.total).toBe(9)
  })

  it('finds new partners by the first year taking part, whatever "partner since" says', () => {
    // First time in 2024: Ministrstvo B, Zavod P (partner since 2020, but first hosted in 2024), Podjetje A, Društvo N,
    // Zbornica Z (partner since 2019, first sent in 2024), Podjetje O (first offer 2024).
    // Not: Ministrstvo A (2015), Podjetje B and Agencija S (2023), Podjetje Q (partner since 2024 but did not take part),
    // Podjetje W (only a withdrawn placement).
    expect(y2024.organisations.newPartnersBySector).toEqual({ ministry: 1, 'public-body': 1, company: 2, ngo: 1, association: 1 })
    expect(y2024.organisations.newPartners).toBe(6)
    // 2023: Podjetje B and Agencija S (then a public body). 2025: nobody takes part for the first time.
    expect(getStatistics(world.f.conn, { year: 2023 }).organisations.newPartnersBySector).toEqual({ ministry: 0, 'public-body': 1, company: 1, ngo: 0, association: 0 })
    expect(getStatistics(world.f.conn, { year: 2025 }).organisations.newPartners).toBe(0)
  })

  it('shows who sends and who hosts, reciprocity and each sector’s balance', () => {
    const bySector = Object.fromEntries(y2024.organisations.balance.map(({ sector, ...rest }) => [sector, rest]))
    expect(bySector).toEqual({
      ministry: { sending: 2, hosting: 2, reciprocal: 2, sent: 4, hosted: 2, balance: -2 },
      'public-body': { sending: 0, hosting: 1, reciprocal: 0, sent: 0, hosted: 2, balance: 2 },
      company: { sending: 2, hosting: 2, reciprocal: 1, sent: 2, hosted: 3, balance: 1 },
      ngo: { sending: 1, hosting: 1, reciprocal: 1, sent: 1, hosted: 1, balance: 0 },
      association: { sending: 1, hosting: 0, reciprocal: 0, sent: 1, hosted: 0, balance: -1 },
    })
    expect(y2024.organisations).toMatchObject({ sending: 6, hosting: 6, reciprocal: 4, offersOnly: 1 })
  })
})

describe('person-days in 2024', () => {
  it('plans working days without weekends and Slovenian holidays, and sums the recorded actual days', () => {
    // Six stays of five working days, p5 of three, p7 of six (23, 24, 27, 30, 31 Dec and 3 Jan: 25, 26 Dec and
    // 1, 2 Jan are holidays), all counted in 2024. Actual: p3 and p7 have none recorded.
    expect(y2024.personDays).toEqual({ planned: 39, actual: 27, actualRecorded: 6, averagePlanned: 39 / 8, averageActual: 27 / 6 })
  })

  it('counts the 2023 stay over new year with all its working days in 2023', () => {
    // p11: 5; p12: 27–29 Dec 2023 and 3–5 Jan 2024 (1 and 2 Jan are holidays): 6.
    expect(getStatistics(world.f.conn, { year: 2023 }).personDays.planned).toBe(11)
  })
})

describe('teams, workshops and feedback in 2024', () => {
  it('counts challenges and mixed teams by the sector on each member’s placement', () => {
    // Mixed: ministry + company; public body (no placement: current sector) + company. Not mixed: two ministries;
    // a company + an association. Izziv 3 has no team.
    expect(y2024.teams).toEqual({ challenges: 3, challengesWithTeams: 2, teams: 4, mixedTeams: 2, members: 7 })
    // The 2023 team is mixed because Agencija S was a public body on its 2023 placement, though a company now.
    expect(getStatistics(world.f.conn, { year: 2023 }).teams.mixedTeams).toBe(1)
  })

  it('counts workshops by the day held, the round’s year without a date', () => {
    // Held 15 May 2024; undated in the 2024 round; a 2023 round's workshop held in January 2024. Not: held in 2025.
    expect(y2024.workshops).toEqual({ workshops: 3, capacity: 30, registered: 5, attended: 4, attendees: 3 })
  })

  it('takes ratings 1–5 as responses, their mean and distribution, over completed placements', () => {
    expect(y2024.feedback.completed).toBe(6)
    expect(y2024.feedback.participant).toEqual({ responses: 6, mean: 23 / 6, distribution: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 2 }, responseRate: 1 })
    // p5's host rating 0 is not a rating; the withdrawn placement's rating does not count.
    expect(y2024.feedback.host).toEqual({ responses: 4, mean: 4, distribution: { 1: 0, 2: 0, 3: 1, 4: 2, 5: 1 }, responseRate: 4 / 6 })
  })
})

describe('growth since the pilot', () => {
  it('has a row for every year from 2015 with growth factors against the pilot', () => {
    expect(y2024.growth.map((g) => g.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024])
    expect(y2024.growth[0]).toEqual({ year: 2015, ministries: 1, publicBodies: 0, companies: 1, ngos: 0, associations: 0, organisations: 2, participants: 2, participantsFactor: 1, organisationsFactor: 1 })
    expect(y2024.growth[1]).toMatchObject({ participants: 0, organisations: 0, participantsFactor: 0 })
    expect(y2024.growth[8]).toMatchObject({ year: 2023, ministries: 1, publicBodies: 1, companies: 1, organisations: 3, participants: 2 })
    expect(y2024.growth[9]).toEqual({ year: 2024, ministries: 2, publicBodies: 1, companies: 4, ngos: 1, associations: 1, organisations: 9, participants: 8, participantsFactor: 4, organisationsFactor: 4.5 })
  })

  it('agrees with the figures of each single year', () => {
    const single = getStatistics(world.f.conn, { year: 2023 })
    const row = y2024.growth.find((g) => g.year === 2023)!
    expect(row.participants).toBe(single.participants.total)
    expect(row.organisations).toBe(single.organisations.total)
  })
})

describe('ranges and rounds', () => {
  it('adds up a range of years, counting an organisation once with its latest sector', () => {
    const range = getStatistics(world.f.conn, { from: 2023, to: 2024 })
    expect(range.period).toEqual({ kind: 'years', from: 2023, to: 2024, roundId: null, roundName: null })
    expect(range.participants.total).toBe(10)
    expect(range.participants.byHomeSector).toEqual({ ministry: 4, 'public-body': 1, company: 3, ngo: 1, association: 1 })
    expect(range.organisations.bySector).toEqual({ ministry: 2, 'public-body': 1, company: 4, ngo: 1, association: 1 })
    // Everyone taking part in 2023–2024 except Ministrstvo A (pilot 2015).
    expect(range.organisations.newPartners).toBe(8)
    expect(range.personDays.planned).toBe(50)
  })

  it('takes a round’s placements whatever their dates, and its workshops', () => {
    const round = getStatistics(world.f.conn, { roundId: world.r.y2024 })
    expect(round.period).toEqual({ kind: 'round', from: 2024, to: 2024, roundId: world.r.y2024, roundName: 'Izmenjave 2024' })
    // The eight of 2024 and p14, which starts in January 2025.
    expect(round.participants.total).toBe(9)
    expect(round.workshops.workshops).toBe(3)
    expect(round.teams.teams).toBe(4)
    expect(round.organisations.newPartners).toBe(6)
    expect(round.growth.at(-1)?.year).toBe(2024)
  })
})
