import { createHmac, randomBytes } from 'node:crypto'
import type { ServiceContext } from '../context'

/** The settings key of the secret that keys the e-mail hashes; made once, on the first erasure or check. */
export const ERASURE_KEY_SETTING = 'privacy.erasureKey'

/** The one form of an address that is hashed: what a partner's file and the stored record both reduce to. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

/**
 * The key, generated on first use and kept in settings. It is written without an audit entry: the audit log
 * would otherwise hold the secret that makes the hashes unguessable.
 */
function erasureKey(ctx: ServiceContext): Buffer {
  const db = ctx.conn.sqlite
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(ERASURE_KEY_SETTING) as { value: string } | undefined
  if (row) return Buffer.from(JSON.parse(row.value) as string, 'base64')
  const key = randomBytes(32)
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(ERASURE_KEY_SETTING, JSON.stringify(key.toString('base64')))
  return key
}

/**
 * A keyed one-way hash (HMAC-SHA256) of the normalised e-mail. Without the key an address cannot be tested
 * against the table by hashing guesses, and the hash says nothing about the person; it serves only to recognise
 * an erased person in a later import.
 */
export function emailHash(ctx: ServiceContext, email: string): string {
  return createHmac('sha256', erasureKey(ctx)).update(normaliseEmail(email)).digest('hex')
}

/** Remembers that these addresses were erased today (the first erasure's day is kept when one comes back). */
export function recordErasures(ctx: ServiceContext, emails: string[]): void {
  const insert = ctx.conn.sqlite.prepare('INSERT INTO erasures (email_hash, erased_at) VALUES (?, ?) ON CONFLICT(email_hash) DO NOTHING')
  const at = ctx.now().toISOString()
  for (const email of new Set(emails.map(normaliseEmail))) if (email !== '') insert.run(emailHash(ctx, email), at)
}

/**
 * The user imported an erased person again on purpose: the mark is removed, so the next file with them is an
 * ordinary re-import. Returns how many marks went.
 */
export function forgetErasures(ctx: ServiceContext, emails: string[]): number {
  if (emails.length === 0 || !ctx.conn.sqlite.prepare('SELECT 1 FROM erasures LIMIT 1').get()) return 0
  const remove = ctx.conn.sqlite.prepare('DELETE FROM erasures WHERE email_hash = ?')
  let removed = 0
  for (const email of new Set(emails.map(normaliseEmail))) if (email !== '') removed += remove.run(emailHash(ctx, email)).changes
  return removed
}

/**
 * A lookup for the import: the day (YYYY-MM-DD) an address was erased, or null. The key is read once; with no
 * erasure recorded yet nothing is generated and every address answers null.
 */
export function erasureLookup(ctx: ServiceContext): (email: string) => string | null {
  const db = ctx.conn.sqlite
  const any = db.prepare('SELECT 1 FROM erasures LIMIT 1').get()
  if (!any) return () => null
  const key = erasureKey(ctx)
  const find = db.prepare('SELECT erased_at AS at FROM erasures WHERE email_hash = ?').pluck()
  return (email) => {
    const normal = normaliseEmail(email)
    if (normal === '') return null
    const at = find.get(createHmac('sha256', key).update(normal).digest('hex')) as string | undefined
    return at ? at.slice(0, 10) : null
  }
}
