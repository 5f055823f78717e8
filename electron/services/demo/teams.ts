import { AS_OF, type RoundPlan } from './history'
import { sideOf } from './pairing'
import type { Random } from './random'
import type { Scheduled } from './exchanges'
import type { DemoWriter } from './writer'

/** A mixed team: indexes into the round's exchanges, at least one participant from each sector. */
export interface TeamPlan {
  challengeIndex: number
  name: string
  members: number[]
}

/**
 * Mixed teams for the round's challenges, drawn from its participants. Members alternate between people from
 * the public sector and the others, so every team mixes sectors, which is what made them "mixed" in 2016.
 */
export function planTeams(random: Random, plan: RoundPlan, exchanges: Scheduled[]): TeamPlan[] {
  const completed = exchanges.map((exchange, index) => ({ exchange, index })).filter(({ exchange }) => exchange.status === 'completed')
  const fromPublic = random.shuffle(completed.filter(({ exchange }) => sideOf(exchange.home) === 'public').map(({ index }) => index))
  const fromOthers = random.shuffle(completed.filter(({ exchange }) => sideOf(exchange.home) !== 'public').map(({ index }) => index))
  const teams: TeamPlan[] = []
  plan.challenges.forEach((challenge, challengeIndex) => {
    for (let t = 0; t < plan.teamsPerChallenge; t++) {
      if (fromPublic.length === 0 || fromOthers.length === 0) return
      const size = random.int(4, 6)
      const members: number[] = []
      for (let turn = random.int(0, 1); members.length < size; turn++) {
        const pool = turn % 2 === 0 ? fromPublic : fromOthers
        const other = pool === fromPublic ? fromOthers : fromPublic
        const next = pool.pop() ?? other.pop()
        if (next === undefined) break
        members.push(next)
      }
      teams.push({ challengeIndex, name: `${challenge.title} – skupina ${'ABC'[t]}`, members })
    }
  })
  return teams
}

export function writeTeams(writer: DemoWriter, roundId: number, challengeIds: number[], teams: TeamPlan[], personIds: number[]): void {
  for (const team of teams) {
    const teamId = writer.team({ roundId, challengeId: challengeIds[team.challengeIndex]!, name: team.name })
    for (const member of team.members) writer.teamMember({ teamId, personId: personIds[member]! })
  }
}

/**
 * Registrations for the round's workshops from its participants. A workshop that has taken place records who
 * came (most do); one still ahead has registrations only.
 */
export function writeAttendance(random: Random, writer: DemoWriter, plan: RoundPlan, workshopIds: number[], personIds: number[]): void {
  plan.workshops.forEach((workshop, index) => {
    const registered = random.sample(personIds, Math.round(workshop.capacity * (0.6 + 0.4 * random.next())))
    const held = workshop.heldOn < AS_OF
    for (const personId of [...registered].sort((a, b) => a - b)) {
      writer.attendance({ workshopId: workshopIds[index]!, personId, attended: held && random.chance(0.88) ? 1 : 0 })
    }
  })
}
