import { teamsFields, type TeamsInput } from '../../../../shared/api/planning'
import { UserError } from '../../../../shared/errors'
import type { StoredTeam, TeamsBoard } from '../../../../shared/planning/board'
import type { Team, TeamParticipant } from '../../../../shared/planning/types'
import { audit } from '../../audit'
import type { ServiceContext } from '../../context'
import { proposeTeams } from '../teams'
import { validateTeams } from '../validateTeams'
import { backupBeforeBulkChange } from '../../settings/backups'
import { getRules } from './offers'

/** The round's participants for mixed teams: one per person with a nomination that is not withdrawn. */
function participants(ctx: ServiceContext, roundId: number): TeamParticipant[] {
  return ctx.conn.sqlite
    .prepare(
      `SELECT n.person_id AS personId, pe.organisation_id AS organisationId, o.sector, min(n.challenge_id) AS challengeId
         FROM nominations n JOIN people pe ON pe.id = n.person_id JOIN organisations o ON o.id = pe.organisation_id
        WHERE n.round_id = ? AND n.status <> 'withdrawn' GROUP BY n.person_id ORDER BY n.person_id`,
    )
    .all(roundId) as TeamParticipant[]
}

function challengesOf(ctx: ServiceContext, roundId: number): Array<{ id: number; title: string }> {
  return ctx.conn.sqlite.prepare('SELECT id, title FROM challenges WHERE round_id = ? ORDER BY id').all(roundId) as Array<{ id: number; title: string }>
}

/** The stored teams with their members, and what validateTeams says about them. */
export function getTeams(ctx: ServiceContext, roundId: number): TeamsBoard {
  getRules(ctx, roundId)
  const db = ctx.conn.sqlite
  const rows = db.prepare('SELECT id, challenge_id AS challengeId, name FROM teams WHERE round_id = ? ORDER BY challenge_id, id').all(roundId) as Array<
    Omit<StoredTeam, 'members'>
  >
  const memberStatement = db.prepare(
    `SELECT m.person_id AS personId, NULLIF(trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')), '') AS name,
            o.name AS organisationName, o.sector
       FROM team_members m JOIN people pe ON pe.id = m.person_id JOIN organisations o ON o.id = pe.organisation_id
      WHERE m.team_id = ? ORDER BY pe.sort_key, m.person_id`,
  )
  const teams: StoredTeam[] = rows.map((t) => ({ ...t, members: memberStatement.all(t.id) as StoredTeam['members'] }))
  const numberInChallenge = new Map<number, number>()
  const asTeams: Team[] = teams.map((t) => {
    const number = (numberInChallenge.get(t.challengeId) ?? 0) + 1
    numberInChallenge.set(t.challengeId, number)
    return { challengeId: t.challengeId, number, members: t.members.map((m) => m.personId), sides: [] }
  })
  return { teams, warnings: teams.length === 0 ? [] : validateTeams(asTeams, participants(ctx, roundId)) }
}

function replaceTeams(ctx: ServiceContext, roundId: number, teams: Array<{ challengeId: number; name: string; members: number[] }>, action: string): TeamsBoard {
  const db = ctx.conn.sqlite
  return db.transaction(() => {
    const before = getTeams(ctx, roundId)
    const challenges = new Set(challengesOf(ctx, roundId).map((c) => c.id))
    for (const t of teams) if (!challenges.has(t.challengeId)) throw new UserError('planning.challengeNotInRound', { challenge: t.challengeId })
    const person = db.prepare('SELECT 1 FROM people WHERE id = ?')
    db.prepare('DELETE FROM team_members WHERE team_id IN (SELECT id FROM teams WHERE round_id = ?)').run(roundId)
    db.prepare('DELETE FROM teams WHERE round_id = ?').run(roundId)
    const insertTeam = db.prepare('INSERT INTO teams (round_id, challenge_id, name) VALUES (?, ?, ?)')
    const insertMember = db.prepare('INSERT OR IGNORE INTO team_members (team_id, person_id) VALUES (?, ?)')
    for (const t of teams) {
      const teamId = insertTeam.run(roundId, t.challengeId, t.name).lastInsertRowid
      for (const personId of t.members) {
        if (!person.get(personId)) throw new UserError('planning.unknownPerson', { person: personId })
        insertMember.run(teamId, personId)
      }
    }
    const after = getTeams(ctx, roundId)
    audit(ctx, 'round', roundId, action, { teams: before.teams.length }, { teams: after.teams.map((t) => ({ name: t.name, members: t.members.map((m) => m.personId) })) })
    return after
  })()
}

/** Proposes mixed teams for every challenge of the round and stores them in place of the old ones. */
export async function proposeAndStoreTeams(ctx: ServiceContext, roundId: number): Promise<TeamsBoard> {
  const rules = getRules(ctx, roundId)
  const challenges = challengesOf(ctx, roundId)
  if (challenges.length === 0) throw new UserError('planning.noChallenges')
  const proposal = proposeTeams({ challenges: challenges.map((c) => c.id), participants: participants(ctx, roundId), targetSize: rules.teamSize })
  // The round's teams are replaced: a backup first.
  await backupBeforeBulkChange(ctx)
  const title = new Map(challenges.map((c) => [c.id, c.title]))
  return replaceTeams(
    ctx,
    roundId,
    proposal.teams.map((t) => ({ challengeId: t.challengeId, name: `${title.get(t.challengeId)} – ${t.number}`, members: t.members })),
    'teams-propose',
  )
}

/** Stores teams as the user edited them; what breaks the team rules comes back as warnings, not refusals. */
export function saveTeams(ctx: ServiceContext, input: TeamsInput): TeamsBoard {
  const { roundId, teams } = teamsFields.parse(input)
  return replaceTeams(ctx, roundId, teams, 'teams-edit')
}
