import { DEFAULT_TEAM_SIZE, SIDES, sideOf, type Side } from '../../../shared/planning/rules'
import type { Team, TeamParticipant, TeamsProposal, TeamWarning } from '../../../shared/planning/types'

export interface TeamsInput {
  /** The round's challenges, in the order their teams should be listed. */
  challenges: number[]
  participants: TeamParticipant[]
  /** Target team size (default 5); ignored when `teamsPerChallenge` is given. */
  targetSize?: number
  teamsPerChallenge?: number
}

/**
 * Mixed teams for every challenge of a round. People who asked for a challenge get it; the others go where
 * they help most: first where a team would otherwise lack a second side, then to the smallest challenge.
 * Within a challenge, the team count follows the target size (or the number asked for), lowered if more teams
 * could not all be mixed; members are dealt round-robin, people outside the challenge's largest side first,
 * each side ordered by organisation, so every team gets a second side and colleagues are spread apart.
 * Deterministic: the same input always gives the same teams. The result is plain data the user may edit.
 */
export function proposeTeams(input: TeamsInput): TeamsProposal {
  const warnings: TeamWarning[] = []
  const size = Math.max(2, input.targetSize ?? DEFAULT_TEAM_SIZE)
  const people = [...input.participants].sort((a, b) => a.personId - b.personId)
  const byChallenge = new Map<number, TeamParticipant[]>(input.challenges.map((id) => [id, []]))
  const open: TeamParticipant[] = []
  for (const p of people) {
    const list = p.challengeId === null ? undefined : byChallenge.get(p.challengeId)
    if (list) list.push(p)
    else {
      if (p.challengeId !== null) warnings.push({ code: 'preference-unknown', params: { personId: p.personId, challengeId: p.challengeId } })
      open.push(p)
    }
  }
  const wanted = (m: number) => input.teamsPerChallenge ?? Math.max(1, Math.round(m / size))
  for (const p of open) {
    let best: number | null = null
    let bestKey: [number, number] | null = null
    for (const id of input.challenges) {
      const members = byChallenge.get(id)!
      const gain = shortfall(members, wanted(members.length)) - shortfall([...members, p], wanted(members.length + 1))
      const key: [number, number] = [-gain, members.length]
      if (!bestKey || key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) [best, bestKey] = [id, key]
    }
    if (best !== null) byChallenge.get(best)!.push(p)
  }

  const teams: Team[] = []
  for (const challengeId of input.challenges) {
    const members = byChallenge.get(challengeId)!
    if (members.length === 0) {
      warnings.push({ code: 'no-members', params: { challengeId } })
      continue
    }
    const requested = Math.min(wanted(members.length), members.length)
    const mixable = members.length - largestSide(members).count
    // A team needs two people to mix, and one person outside the largest side.
    const count = mixable > 0 ? Math.max(1, Math.min(requested, mixable, Math.floor(members.length / 2))) : 1
    if (count < requested) warnings.push({ code: 'fewer-teams', params: { challengeId, requested, formed: count } })
    const dealt = deal(members, count)
    repairSingleSide(dealt)
    dealt.forEach((list, k) => {
      const team = toTeam(challengeId, k + 1, list)
      if (team.sides.length < 2) warnings.push({ code: 'single-side', params: { challengeId, team: k + 1 } })
      teams.push(team)
    })
  }
  return { teams, warnings }
}

/** How many teams of `count` could not be mixed: one member outside the largest side is needed per team. */
function shortfall(members: readonly TeamParticipant[], count: number): number {
  if (members.length === 0) return 0
  return Math.max(0, Math.min(count, members.length) - (members.length - largestSide(members).count))
}

function largestSide(members: readonly TeamParticipant[]): { side: Side; count: number } {
  const counts = SIDES.map((side) => members.filter((m) => sideOf(m.sector) === side).length)
  const max = Math.max(...counts)
  return { side: SIDES[counts.indexOf(max)]!, count: max }
}

function deal(members: TeamParticipant[], count: number): TeamParticipant[][] {
  const major = largestSide(members).side
  const order = [...members].sort(
    (a, b) =>
      Number(sideOf(a.sector) === major) - Number(sideOf(b.sector) === major) ||
      SIDES.indexOf(sideOf(a.sector)) - SIDES.indexOf(sideOf(b.sector)) ||
      a.organisationId - b.organisationId ||
      a.personId - b.personId,
  )
  const teams: TeamParticipant[][] = Array.from({ length: count }, () => [])
  order.forEach((p, i) => teams[i % count]!.push(p))
  return teams
}

/** A team left with one side swaps a member with a team that stays mixed without the member it gives. */
function repairSingleSide(teams: TeamParticipant[][]): void {
  const sides = (list: TeamParticipant[]) => new Set(list.map((m) => sideOf(m.sector))).size
  for (const team of teams) {
    if (sides(team) >= 2) continue
    const side = sideOf(team[0]!.sector)
    swap: for (const other of teams) {
      if (other === team) continue
      for (let y = 0; y < other.length; y++) {
        if (sideOf(other[y]!.sector) === side) continue
        const x = team[0]!
        const rest = [...other.slice(0, y), ...other.slice(y + 1), x]
        if (sides(rest) < 2) continue
        team[0] = other[y]!
        other[y] = x
        break swap
      }
    }
  }
}

function toTeam(challengeId: number, number: number, list: TeamParticipant[]): Team {
  const present = new Set(list.map((m) => sideOf(m.sector)))
  return {
    challengeId,
    number,
    members: list.map((m) => m.personId).sort((a, b) => a - b),
    sides: SIDES.filter((s) => present.has(s)),
  }
}
