import { describe, expect, it } from 'vitest'
import { proposeTeams } from '../../../electron/services/planning/teams'
import { validateTeams } from '../../../electron/services/planning/validateTeams'
import { SECTORS, type Sector } from '../../../shared/domain/enums'
import type { TeamParticipant } from '../../../shared/planning/types'
import { rng } from './generate'

function participants(seed: number, count: number, challenges: number[], sectors: readonly Sector[] = SECTORS): TeamParticipant[] {
  const random = rng(seed)
  return Array.from({ length: count }, (_, i) => ({
    personId: 500 + i,
    organisationId: 10 + Math.floor(random() * 8),
    sector: sectors[Math.floor(random() * sectors.length)]!,
    challengeId: random() < 0.4 ? challenges[Math.floor(random() * challenges.length)]! : null,
  }))
}

describe('mixed teams', () => {
  it('put everyone in one team, respect stated challenges, mix sectors and balance sizes', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const challenges = [11, 12, 13]
      const people = participants(seed, 20 + seed * 3, challenges)
      const { teams, warnings } = proposeTeams({ challenges, participants: people, targetSize: 5 })
      expect(warnings.filter((w) => w.code === 'single-side'), `seed ${seed}`).toEqual([])
      expect(validateTeams(teams, people), `seed ${seed}`).toEqual([])
      const members = teams.flatMap((t) => t.members)
      expect(members.sort()).toEqual(people.map((p) => p.personId).sort())
      for (const team of teams) expect(team.sides.length).toBeGreaterThanOrEqual(2)
    }
  })

  it('follow the number of teams asked for, and the target size otherwise', () => {
    const people = participants(3, 24, [1], ['ministry', 'company'])
    expect(proposeTeams({ challenges: [1], participants: people, teamsPerChallenge: 3 }).teams.map((t) => t.members.length)).toEqual([8, 8, 8])
    expect(proposeTeams({ challenges: [1], participants: people, targetSize: 6 }).teams).toHaveLength(4)
  })

  it('form fewer teams rather than a team of one sector, and say so', () => {
    const people: TeamParticipant[] = [
      ...Array.from({ length: 9 }, (_, i) => ({ personId: i + 1, organisationId: 1, sector: 'ministry' as const, challengeId: 1 })),
      { personId: 20, organisationId: 2, sector: 'company', challengeId: 1 },
      { personId: 21, organisationId: 3, sector: 'ngo', challengeId: 1 },
    ]
    const { teams, warnings } = proposeTeams({ challenges: [1], participants: people, teamsPerChallenge: 4 })
    expect(teams).toHaveLength(2)
    expect(teams.every((t) => t.sides.includes('public') && t.sides.length === 2)).toBe(true)
    expect(warnings).toEqual([{ code: 'fewer-teams', params: { challengeId: 1, requested: 4, formed: 2 } }])
  })

  it('send people without a stated challenge where a second sector is missing', () => {
    const people: TeamParticipant[] = [
      ...[1, 2, 3, 4].map((id) => ({ personId: id, organisationId: 1, sector: 'ministry' as const, challengeId: 1 })),
      ...[5, 6, 7, 8].map((id) => ({ personId: id, organisationId: 2, sector: 'company' as const, challengeId: 2 })),
      { personId: 9, organisationId: 3, sector: 'company', challengeId: 2 },
      { personId: 10, organisationId: 3, sector: 'company', challengeId: null },
      { personId: 11, organisationId: 4, sector: 'public-body', challengeId: null },
    ]
    const { teams } = proposeTeams({ challenges: [1, 2], participants: people, targetSize: 5 })
    expect(teams.find((t) => t.challengeId === 1)!.members).toContain(10)
    expect(teams.find((t) => t.challengeId === 2)!.members).toContain(11)
    expect(teams.every((t) => t.sides.length === 2)).toBe(true)
  })

  it('spread colleagues of one organisation over the teams', () => {
    const people: TeamParticipant[] = Array.from({ length: 12 }, (_, i) => ({
      personId: i + 1,
      organisationId: i < 6 ? 1 : 2,
      sector: i < 6 ? 'ministry' : 'company',
      challengeId: null,
    }))
    const { teams } = proposeTeams({ challenges: [1], participants: people, teamsPerChallenge: 3 })
    for (const team of teams) expect(team.members.filter((id) => id <= 6)).toHaveLength(2)
  })

  it('are the same for the same input, whatever its order', () => {
    const people = participants(9, 40, [1, 2])
    const a = proposeTeams({ challenges: [1, 2], participants: people })
    const b = proposeTeams({ challenges: [1, 2], participants: [...people].reverse() })
    expect(b).toEqual(a)
  })

  it('edited by hand are checked for every constraint', () => {
    const people: TeamParticipant[] = [
      { personId: 1, organisationId: 1, sector: 'ministry', challengeId: 1 },
      { personId: 2, organisationId: 2, sector: 'company', challengeId: null },
      { personId: 3, organisationId: 3, sector: 'ngo', challengeId: null },
      { personId: 4, organisationId: 4, sector: 'company', challengeId: null },
    ]
    const warnings = validateTeams(
      [
        { challengeId: 2, number: 1, members: [1, 2, 4, 99], sides: [] },
        { challengeId: 2, number: 2, members: [2], sides: [] },
      ],
      people,
    ).map((w) => w.code)
    expect(warnings.sort()).toEqual(['duplicate-member', 'missing-person', 'preference-not-respected', 'single-side', 'size-imbalance', 'unknown-person'])
  })
})
