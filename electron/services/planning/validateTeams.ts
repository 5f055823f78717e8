import { sideOf } from '../../../shared/planning/rules'
import type { Team, TeamParticipant, TeamWarning } from '../../../shared/planning/types'

/**
 * Checks a team plan as the user left it after editing: every member a participant of the round and in one
 * team only, every team mixed, sizes within a challenge at most one apart, stated challenge preferences kept,
 * and nobody forgotten. Returns warnings; the plan is the user's to keep.
 */
export function validateTeams(teams: readonly Team[], participants: readonly TeamParticipant[]): TeamWarning[] {
  const warnings: TeamWarning[] = []
  const byPerson = new Map(participants.map((p) => [p.personId, p]))
  const seen = new Set<number>()
  const sizes = new Map<number, number[]>()
  for (const team of teams) {
    const sides = new Set<string>()
    for (const personId of team.members) {
      const p = byPerson.get(personId)
      if (!p) {
        warnings.push({ code: 'unknown-person', params: { personId, challengeId: team.challengeId, team: team.number } })
        continue
      }
      if (seen.has(personId)) warnings.push({ code: 'duplicate-member', params: { personId } })
      seen.add(personId)
      sides.add(sideOf(p.sector))
      if (p.challengeId !== null && p.challengeId !== team.challengeId)
        warnings.push({ code: 'preference-not-respected', params: { personId, challengeId: p.challengeId } })
    }
    if (sides.size < 2) warnings.push({ code: 'single-side', params: { challengeId: team.challengeId, team: team.number } })
    const list = sizes.get(team.challengeId) ?? []
    list.push(team.members.length)
    sizes.set(team.challengeId, list)
  }
  for (const [challengeId, list] of sizes) {
    const smallest = Math.min(...list)
    const largest = Math.max(...list)
    if (largest - smallest > 1) warnings.push({ code: 'size-imbalance', params: { challengeId, smallest, largest } })
  }
  for (const p of participants) if (!seen.has(p.personId)) warnings.push({ code: 'missing-person', params: { personId: p.personId } })
  return warnings
}
