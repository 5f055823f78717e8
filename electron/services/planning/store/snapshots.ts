import type { PreviousProposal } from '../../../../shared/planning/diff'
import { UserError } from '../../../../shared/errors'
import { isoToday } from '../../../../shared/planning/notice'
import { audit } from '../../audit'
import type { ServiceContext } from '../../context'
import { backupBeforeBulkChange } from '../../settings/backups'
import { replaceablePlacements } from './diff'

/** The columns of a proposed placement that a snapshot keeps; status and lock are always 'proposed' and unlocked. */
const COLUMNS = [
  'id', 'nomination_id', 'home_organisation_id', 'host_organisation_id', 'home_sector', 'host_sector', 'offer_id', 'mentor_contact_id',
  'starts_on', 'ends_on', 'driver', 'override_reason', 'score', 'person_id', 'gender',
] as const
type SnapshotRow = Record<(typeof COLUMNS)[number], string | number | null>

interface SnapshotContent {
  placements: SnapshotRow[]
  /** The board's record of the proposal these placements came from (`settings`), or null. */
  proposal: string | null
}

const proposalKey = (roundId: number) => `planning.proposal.${roundId}`

/** Keeps the unlocked proposals a new proposal is about to replace; call it inside the storing transaction. */
export function takeSnapshot(ctx: ServiceContext, roundId: number, placementIds: number[]): void {
  const db = ctx.conn.sqlite
  const read = db.prepare(`SELECT ${COLUMNS.join(', ')} FROM placements WHERE id = ?`)
  const content: SnapshotContent = {
    placements: placementIds.map((id) => read.get(id) as SnapshotRow),
    proposal: (db.prepare('SELECT value FROM settings WHERE key = ?').get(proposalKey(roundId)) as { value: string } | undefined)?.value ?? null,
  }
  db.prepare('INSERT INTO proposal_snapshots (round_id, created_at, created_by, placements) VALUES (?, ?, ?, ?)').run(
    roundId, ctx.now().toISOString(), ctx.user, JSON.stringify(content),
  )
}

function latest(ctx: ServiceContext, roundId: number): { id: number; createdAt: string; content: SnapshotContent } | null {
  const row = ctx.conn.sqlite
    .prepare('SELECT id, created_at AS createdAt, placements FROM proposal_snapshots WHERE round_id = ? ORDER BY id DESC LIMIT 1')
    .get(roundId) as { id: number; createdAt: string; placements: string } | undefined
  return row ? { id: row.id, createdAt: row.createdAt, content: JSON.parse(row.placements) as SnapshotContent } : null
}

export function previousProposal(ctx: ServiceContext, roundId: number): PreviousProposal | null {
  const snapshot = latest(ctx, roundId)
  return snapshot ? { at: snapshot.createdAt, placements: snapshot.content.placements.length } : null
}

/**
 * Names of the people whose earlier proposal no longer fits what has happened since: their nomination was
 * withdrawn, confirmed, completed or locked elsewhere, their placement has started, or the offer is gone.
 */
function conflicts(ctx: ServiceContext, rows: SnapshotRow[], replaceable: Set<number>): string[] {
  const db = ctx.conn.sqlite
  const nomination = db.prepare(
    `SELECT n.status, NULLIF(trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')), '') AS name,
            (SELECT p.id FROM placements p WHERE p.nomination_id = n.id) AS placementId
       FROM nominations n JOIN people pe ON pe.id = n.person_id WHERE n.id = ?`,
  )
  const offerExists = db.prepare('SELECT 1 FROM offers WHERE id = ?')
  const names: string[] = []
  for (const row of rows) {
    const n = nomination.get(row.nomination_id) as { status: string; name: string | null; placementId: number | null } | undefined
    const broken =
      !n ||
      n.status === 'withdrawn' || n.status === 'confirmed' || n.status === 'completed' ||
      (n.placementId !== null && !replaceable.has(n.placementId)) ||
      (row.offer_id !== null && !offerExists.get(row.offer_id))
    if (broken) names.push(n?.name ?? `#${String(row.person_id)}`)
  }
  return names
}

/**
 * "Bring back the previous proposal": the unlocked proposals stored now are replaced by the ones the last proposal
 * replaced, in one transaction, audited, after a backup. Refused, changing nothing, when any of them conflicts with
 * a change made since. The snapshot is used up: bringing back twice goes one proposal further back.
 */
export async function restorePreviousProposal(ctx: ServiceContext, roundId: number): Promise<{ restored: number; removed: number }> {
  const db = ctx.conn.sqlite
  const snapshot = latest(ctx, roundId)
  if (!snapshot) throw new UserError('planning.noPreviousProposal', {})
  const today = isoToday(ctx.now())
  const check = () => {
    const current = replaceablePlacements(ctx, roundId, today)
    const broken = conflicts(ctx, snapshot.content.placements, new Set(current.map((r) => r.id)))
    if (broken.length > 0) throw new UserError('planning.restoreConflict', { count: broken.length, names: broken.slice(0, 5).join(', ') })
    return current
  }
  check()
  const backup = await backupBeforeBulkChange(ctx)
  const insert = db.prepare(
    `INSERT INTO placements (${COLUMNS.join(', ')}, round_id, status, locked) VALUES (${COLUMNS.map(() => '?').join(', ')}, ?, 'proposed', 0)`,
  )
  return db.transaction(() => {
    const current = check()
    const remove = db.prepare('DELETE FROM placements WHERE id = ?')
    for (const r of current) remove.run(r.id)
    for (const row of snapshot.content.placements) {
      insert.run(...COLUMNS.map((c) => row[c]), roundId)
      db.prepare("UPDATE nominations SET status = 'proposed' WHERE id = ? AND status IN ('nominated', 'proposed')").run(row.nomination_id)
    }
    db.prepare(
      `UPDATE nominations SET status = 'nominated' WHERE round_id = ? AND status = 'proposed'
          AND id NOT IN (SELECT nomination_id FROM placements WHERE round_id = ? AND status <> 'withdrawn')`,
    ).run(roundId, roundId)
    if (snapshot.content.proposal === null) db.prepare('DELETE FROM settings WHERE key = ?').run(proposalKey(roundId))
    else db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(proposalKey(roundId), snapshot.content.proposal)
    db.prepare('DELETE FROM proposal_snapshots WHERE id = ?').run(snapshot.id)
    audit(ctx, 'round', roundId, 'restoreProposal', { placements: current.map((r) => r.id) }, {
      snapshot: snapshot.id, takenAt: snapshot.createdAt, placements: snapshot.content.placements.map((r) => r.id), backup,
    })
    return { restored: snapshot.content.placements.length, removed: current.length }
  })()
}
