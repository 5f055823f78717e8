import { asc, eq, sql } from 'drizzle-orm'
import { challenges, rounds, workshops } from '../../../db/schema'
import { roundFields, type RoundInput } from '../../../shared/api/rounds'
import { tallyExchanges, type ExchangeTally } from '../../../shared/domain/counts'
import type { PlacementStatus } from '../../../shared/domain/enums'
import type { Round, RoundDetail, RoundRow } from '../../../shared/domain/rounds'
import { UserError } from '../../../shared/errors'
import { audit, changedFields } from '../audit'
import type { ServiceContext } from '../context'

const columns = {
  id: rounds.id,
  name: rounds.name,
  kind: rounds.kind,
  startsOn: rounds.startsOn,
  endsOn: rounds.endsOn,
  status: rounds.status,
  notes: rounds.notes,
}

/** Each round's placements by status: one query that Rounds and Planning both count "izmenjave" from. */
function placementsByStatus(ctx: ServiceContext, roundId: number | null): Map<number, Partial<Record<PlacementStatus, number>>> {
  const byRound = new Map<number, Partial<Record<PlacementStatus, number>>>()
  const rows = ctx.conn.sqlite
    .prepare('SELECT round_id AS roundId, status, count(*) AS n FROM placements WHERE @roundId IS NULL OR round_id = @roundId GROUP BY round_id, status')
    .all({ roundId }) as Array<{ roundId: number; status: PlacementStatus; n: number }>
  for (const row of rows) byRound.set(row.roundId, { ...byRound.get(row.roundId), [row.status]: row.n })
  return byRound
}

/** The round's "izmenjave" (placements not withdrawn), broken down by status (shared/domain/counts.ts). */
export function roundExchanges(ctx: ServiceContext, roundId: number): ExchangeTally {
  return tallyExchanges(placementsByStatus(ctx, roundId).get(roundId) ?? {})
}

export function listRounds(ctx: ServiceContext): RoundRow[] {
  const db = ctx.conn.sqlite
  const byRound = placementsByStatus(ctx, null)
  const rows = db
    .prepare(
      `SELECT r.id, r.name, r.kind, r.starts_on AS startsOn, r.ends_on AS endsOn, r.status, r.notes,
              (SELECT count(*) FROM nominations n WHERE n.round_id = r.id) AS nominations
         FROM rounds r ORDER BY r.starts_on DESC NULLS LAST, r.id DESC`,
    )
    .all() as Array<Omit<RoundRow, 'placements' | 'exchanges'>>
  return rows.map((r) => {
    const exchanges = tallyExchanges(byRound.get(r.id) ?? {})
    return { ...r, placements: exchanges.exchanges, exchanges }
  })
}

export function getRound(ctx: ServiceContext, id: number): Round {
  const row = ctx.conn.orm.select(columns).from(rounds).where(eq(rounds.id, id)).get()
  if (!row) throw new UserError('rounds.notFound', { id })
  return row
}

/** A round given by the user as its id or its exact name (CLI and import use both). */
export function findRound(ctx: ServiceContext, idOrName: string): Round {
  const trimmed = idOrName.trim()
  const byName = ctx.conn.orm.select(columns).from(rounds).where(eq(rounds.name, trimmed)).all()
  if (byName.length === 1 && byName[0]) return byName[0]
  if (/^\d+$/.test(trimmed)) {
    const byId = ctx.conn.orm.select(columns).from(rounds).where(eq(rounds.id, Number(trimmed))).get()
    if (byId) return byId
  }
  if (byName.length > 1) throw new UserError('rounds.ambiguous', { round: trimmed })
  throw new UserError('rounds.notFoundByName', { round: trimmed })
}

export function getRoundDetail(ctx: ServiceContext, id: number): RoundDetail {
  const round = getRound(ctx, id)
  return {
    round,
    challenges: ctx.conn.orm.select().from(challenges).where(eq(challenges.roundId, id)).orderBy(asc(challenges.id)).all(),
    workshops: ctx.conn.orm
      .select({ id: workshops.id, roundId: workshops.roundId, title: workshops.title, heldOn: workshops.heldOn, capacity: workshops.capacity })
      .from(workshops)
      .where(eq(workshops.roundId, id))
      // Undated workshops (date not yet fixed) after the dated ones; SQLite would put NULLs first.
      .orderBy(sql`${workshops.heldOn} IS NULL`, asc(workshops.heldOn), asc(workshops.id))
      .all(),
  }
}

function refuseDuplicateName(ctx: ServiceContext, name: string, excludeId?: number): void {
  const other = ctx.conn.orm.select({ id: rounds.id }).from(rounds).where(eq(rounds.name, name)).get()
  if (other && other.id !== excludeId) throw new UserError('rounds.nameTaken', { name }, { name: { code: 'nameTaken', params: {} } })
}

export function createRound(ctx: ServiceContext, input: RoundInput): Round {
  const fields = roundFields.parse(input)
  return ctx.conn.sqlite.transaction(() => {
    refuseDuplicateName(ctx, fields.name)
    const { id } = ctx.conn.orm.insert(rounds).values(fields).returning({ id: rounds.id }).get()
    const round = getRound(ctx, id)
    audit(ctx, 'round', id, 'create', null, round)
    return round
  })()
}

export function updateRound(ctx: ServiceContext, id: number, input: RoundInput): Round {
  const fields = roundFields.parse(input)
  return ctx.conn.sqlite.transaction(() => {
    const before = getRound(ctx, id)
    refuseDuplicateName(ctx, fields.name, id)
    ctx.conn.orm.update(rounds).set(fields).where(eq(rounds.id, id)).run()
    const after = getRound(ctx, id)
    const changes = changedFields(before, after)
    if (Object.keys(changes).length > 0) audit(ctx, 'round', id, 'update', before, changes)
    return after
  })()
}
