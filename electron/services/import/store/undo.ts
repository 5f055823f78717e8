import type { UndoResult } from '../../../../shared/domain/imports'
import { UserError } from '../../../../shared/errors'
import { audit } from '../../audit'
import type { ServiceContext } from '../../context'
import { backupBeforeBulkChange } from '../../settings/backups'
import { fromRuns, type BatchSummary } from './batches'

interface BatchRow {
  id: number
  kind: 'nominations' | 'partners' | 'offers'
  roundId: number | null
  fileName: string
  summary: string
  undoneAt: string | null
}

/** Later work that hangs on a batch's nominations; each refuses the undo with its own reason. */
const DEPENDENTS: Array<{ reason: string; sql: string }> = [
  { reason: 'placement', sql: 'SELECT count(*) AS n FROM placements WHERE nomination_id IN (SELECT id FROM nominations WHERE import_batch_id = ?)' },
  {
    reason: 'team',
    sql: `SELECT count(*) AS n FROM team_members tm JOIN teams t ON t.id = tm.team_id JOIN nominations n ON n.person_id = tm.person_id AND n.round_id = t.round_id
      WHERE n.import_batch_id = ?`,
  },
  {
    reason: 'workshop',
    sql: `SELECT count(*) AS n FROM workshop_attendance wa JOIN workshops w ON w.id = wa.workshop_id JOIN nominations n ON n.person_id = wa.person_id AND n.round_id = w.round_id
      WHERE n.import_batch_id = ?`,
  },
  { reason: 'letter', sql: 'SELECT count(*) AS n FROM letters l JOIN placements p ON p.id = l.placement_id JOIN nominations n ON n.id = p.nomination_id WHERE n.import_batch_id = ?' },
  { reason: 'offerPlacement', sql: 'SELECT count(*) AS n FROM placements WHERE offer_id IN (SELECT id FROM offers WHERE import_batch_id = ?)' },
]

function getBatch(ctx: ServiceContext, id: number): BatchRow {
  const row = ctx.conn.sqlite
    .prepare('SELECT id, kind, round_id AS roundId, file_name AS fileName, summary, undone_at AS undoneAt FROM import_batches WHERE id = ?')
    .get(id) as BatchRow | undefined
  if (!row) throw new UserError('import.batchNotFound', { batch: id })
  if (row.undoneAt) throw new UserError('import.batchAlreadyUndone', { batch: id, file: row.fileName })
  return row
}

function deleteIds(ctx: ServiceContext, table: string, ids: number[]): void {
  const statement = ctx.conn.sqlite.prepare(`DELETE FROM ${table} WHERE id = ?`)
  for (const id of ids) statement.run(id)
}

/** Why the batch cannot be undone, or null. */
export function undoBlocker(ctx: ServiceContext, batchId: number): { reason: string; count: number } | null {
  for (const { reason, sql } of DEPENDENTS) {
    const { n } = ctx.conn.sqlite.prepare(sql).get(batchId) as { n: number }
    if (n > 0) return { reason, count: n }
  }
  return null
}

/**
 * Takes a batch back: its nominations and offers, the people, contacts and organisations it created, and the
 * earlier values of the records it updated. Refused when later work depends on it; anything else that still
 * points at what it created (a later import reusing a person) refuses it too, through the foreign keys.
 */
export async function undoImport(ctx: ServiceContext, batchId: number): Promise<UndoResult> {
  const batch = getBatch(ctx, batchId)
  const blocker = undoBlocker(ctx, batchId)
  if (blocker) throw new UserError(`import.undoRefused.${blocker.reason}`, { batch: batchId, file: batch.fileName, count: blocker.count })
  await backupBeforeBulkChange(ctx)
  const summary = JSON.parse(batch.summary) as BatchSummary
  const people = fromRuns(summary.created?.people)
  const organisations = fromRuns(summary.created?.organisations)
  const contacts = fromRuns(summary.created?.contacts)
  const db = ctx.conn.sqlite
  try {
    return db.transaction(() => {
      const nominations = db.prepare('DELETE FROM nominations WHERE import_batch_id = ?').run(batchId).changes
      const offers = db.prepare('DELETE FROM offers WHERE import_batch_id = ?').run(batchId).changes
      deleteIds(ctx, 'people', people)
      deleteIds(ctx, 'contacts', contacts)
      deleteIds(ctx, 'organisations', organisations)
      for (const update of [...(summary.updates ?? [])].reverse()) {
        const columns = Object.keys(update.before)
        db.prepare(`UPDATE ${update.table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...columns.map((c) => update.before[c]), update.id)
      }
      db.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?').run(ctx.now().toISOString(), batchId)
      const removed = { nominations, offers, people: people.length, organisations: organisations.length, contacts: contacts.length }
      audit(ctx, 'import_batch', batchId, 'undo', { file: batch.fileName, kind: batch.kind }, { removed, restored: summary.updates?.length ?? 0 })
      return { batch: batchId, removed, restored: summary.updates?.length ?? 0 }
    })()
  } catch (error) {
    if (error instanceof Error && /FOREIGN KEY/i.test(error.message)) throw new UserError('import.undoRefused.inUse', { batch: batchId, file: batch.fileName })
    throw error
  }
}
