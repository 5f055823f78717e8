import type { ServiceContext } from '../context'
import { eraseWithin } from './erase'
import { ERASURE_KEY_SETTING, erasureLookup } from './erasures'

const keyOf = (ctx: ServiceContext) => ctx.conn.sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(ERASURE_KEY_SETTING) as string | undefined

/**
 * A restore must not bring back a person erased after the backup was made (issue 14: "an erasure, then an old
 * file"). Inside the restore's transaction on the restored copy: the erasure marks of the current file (and its key,
 * when the backup predates it) are carried over, and everyone in the restored copy whose address carries such a mark
 * is erased again, exactly as the erasure did it. Returns how many addresses were erased again.
 *
 * A backup of another database (a different key) shares no people with this one: nothing is carried then.
 */
export function carryErasures(live: ServiceContext, restored: ServiceContext): number {
  const marks = live.conn.sqlite.prepare('SELECT email_hash, erased_at FROM erasures').raw().all() as Array<[string, string]>
  if (marks.length === 0) return 0
  const liveKey = keyOf(live)
  const restoredKey = keyOf(restored)
  if (liveKey === undefined || (restoredKey !== undefined && restoredKey !== liveKey)) return 0
  const db = restored.conn.sqlite
  if (restoredKey === undefined) db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(ERASURE_KEY_SETTING, liveKey)
  const insert = db.prepare('INSERT INTO erasures (email_hash, erased_at) VALUES (?, ?) ON CONFLICT(email_hash) DO NOTHING')
  for (const [hash, at] of marks) insert.run(hash, at)
  const erasedOn = erasureLookup(restored)
  const emails = (db.prepare('SELECT DISTINCT lower(trim(email)) FROM people WHERE email IS NOT NULL').pluck().all() as string[]).filter((e) => erasedOn(e) !== null)
  for (const email of emails) eraseWithin(restored, { email })
  return emails.length
}
