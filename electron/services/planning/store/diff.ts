import { createHash } from 'node:crypto'
import { DIFF_KINDS, type DiffEntry, type DiffKind, type DiffSide, type ProposalDiff } from '../../../../shared/planning/diff'
import type { Proposal } from '../../../../shared/planning/types'
import type { ServiceContext } from '../../context'

/** An unlocked proposal stored now that a new proposal may replace (it starts today or later). */
export interface ReplaceableRow {
  id: number
  nominationId: number
  hostOrganisationId: number
  offerId: number | null
  from: string
  to: string
}

export function replaceablePlacements(ctx: ServiceContext, roundId: number, today: string): ReplaceableRow[] {
  return ctx.conn.sqlite
    .prepare(
      `SELECT p.id, p.nomination_id AS nominationId, p.host_organisation_id AS hostOrganisationId, p.offer_id AS offerId,
              p.starts_on AS "from", p.ends_on AS "to"
         FROM placements p JOIN nominations n ON n.id = p.nomination_id
        WHERE p.round_id = ? AND p.status = 'proposed' AND p.locked = 0 AND p.starts_on >= ? AND n.status <> 'withdrawn'
        ORDER BY p.nomination_id`,
    )
    .all(roundId, today) as ReplaceableRow[]
}

/**
 * Compares the new proposal's unlocked placements with the replaceable ones stored now: the same host, offer and
 * dates are kept (left untouched in the database), anything else is moved, a placement for someone without one is
 * new, and a stored proposal for someone the new plan leaves out is dropped.
 */
export function diffProposal(ctx: ServiceContext, roundId: number, proposal: Proposal, current: ReplaceableRow[], earliestStart: string): ProposalDiff {
  const db = ctx.conn.sqlite
  const orgName = new Map((db.prepare('SELECT id, name FROM organisations').all() as Array<{ id: number; name: string }>).map((o) => [o.id, o.name]))
  const people = new Map(
    (
      db
        .prepare(
          `SELECT n.id, n.person_id AS personId, NULLIF(trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')), '') AS name, o.name AS homeName
             FROM nominations n JOIN people pe ON pe.id = n.person_id JOIN organisations o ON o.id = pe.organisation_id WHERE n.round_id = ?`,
        )
        .all(roundId) as Array<{ id: number; personId: number; name: string | null; homeName: string }>
    ).map((r) => [r.id, r]),
  )
  const side = (host: number, offerId: number | null, from: string, to: string): DiffSide => ({
    hostOrganisationId: host, hostName: orgName.get(host) ?? '', offerId, from, to,
  })
  const before = new Map(current.map((r) => [r.nominationId, r]))
  const entries: DiffEntry[] = []
  const entry = (kind: DiffKind, nominationId: number, b: DiffSide | null, a: DiffSide | null) => {
    const person = people.get(nominationId)
    entries.push({ kind, nominationId, name: person?.name ?? null, personId: person?.personId ?? 0, homeName: person?.homeName ?? '', before: b, after: a })
  }
  const placed = new Set<number>()
  for (const p of proposal.placements) {
    if (p.locked) continue
    placed.add(p.nominationId)
    const after = side(p.hostOrganisationId, p.offerId, p.from!, p.to!)
    const old = before.get(p.nominationId)
    if (!old) entry('new', p.nominationId, null, after)
    else {
      const same = old.hostOrganisationId === p.hostOrganisationId && old.offerId === p.offerId && old.from === p.from && old.to === p.to
      entry(same ? 'kept' : 'moved', p.nominationId, side(old.hostOrganisationId, old.offerId, old.from, old.to), after)
    }
  }
  for (const old of current) if (!placed.has(old.nominationId)) entry('dropped', old.nominationId, side(old.hostOrganisationId, old.offerId, old.from, old.to), null)
  entries.sort((a, b) => DIFF_KINDS.indexOf(a.kind) - DIFF_KINDS.indexOf(b.kind) || (a.name ?? '').localeCompare(b.name ?? '', 'sl') || a.nominationId - b.nominationId)
  const counts = Object.fromEntries(DIFF_KINDS.map((k) => [k, entries.filter((e) => e.kind === k).length])) as Record<DiffKind, number>
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([earliestStart, entries.map((e) => [e.kind, e.nominationId, e.before, e.after])]))
    .digest('hex')
    .slice(0, 32)
  const exchanges = db.prepare("SELECT count(*) FROM placements WHERE round_id = ? AND status <> 'withdrawn'").pluck().get(roundId) as number
  return { counts, untouched: exchanges - current.length, entries, earliestStart, fingerprint }
}
