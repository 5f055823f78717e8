import type { ServiceContext } from '../context'

const ids = (list: number[]) => JSON.stringify(list)

/** The nomination statuses of a person still waiting to be placed or confirmed. */
export const OPEN_NOMINATION_STATUSES = ['nominated', 'proposed'] as const

/** Why a nomination was withdrawn when its person was erased (nominations.withdrawn_reason). */
export const ERASURE_REASON = 'erasure'

export interface Withdrawn {
  nominations: number[]
  placements: number[]
}

/**
 * An erased person cannot take part any more: their open nominations in rounds not closed and their proposed
 * placements are withdrawn (marked as withdrawn at an erasure, so the screens say so instead of showing a blank
 * person). Confirmed and completed placements stay: they happened or were agreed, and the statistics count them.
 */
export function withdrawOpen(ctx: ServiceContext, personIds: number[]): Withdrawn {
  const db = ctx.conn.sqlite
  const today = ctx.now().toISOString().slice(0, 10)
  const nominations = db
    .prepare(
      `SELECT n.id FROM nominations n JOIN rounds r ON r.id = n.round_id
        WHERE n.person_id IN (SELECT value FROM json_each(?)) AND n.status IN (${OPEN_NOMINATION_STATUSES.map((s) => `'${s}'`).join(', ')})
          AND r.status <> 'closed' ORDER BY n.id`,
    )
    .pluck()
    .all(ids(personIds)) as number[]
  const placements = db
    .prepare(
      `SELECT id FROM placements WHERE status = 'proposed'
          AND nomination_id IN (SELECT id FROM nominations WHERE person_id IN (SELECT value FROM json_each(?))) ORDER BY id`,
    )
    .pluck()
    .all(ids(personIds)) as number[]
  db.prepare(
    `UPDATE nominations SET status = 'withdrawn', withdrawn_reason = '${ERASURE_REASON}', withdrawn_on = ?
      WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(today, ids(nominations))
  db.prepare("UPDATE placements SET status = 'withdrawn', locked = 0 WHERE id IN (SELECT value FROM json_each(?))").run(ids(placements))
  return { nominations, placements }
}
