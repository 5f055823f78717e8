import { existsSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../../electron/services/context'
import { erasePerson } from '../../../electron/services/privacy/erase'
import { backupNow } from '../../../electron/services/settings/backups'
import { previewRestore, restoreBackup } from '../../../electron/services/settings/restore'
import { translate } from '../../../shared/i18n/format'
import { restoreDropMessages } from '../../../shared/i18n/restoreSummary'
import { demoContext } from './helpers'

let ctx: ServiceContext
let cleanup: () => void
beforeEach(async () => ({ ctx, cleanup } = await demoContext()))
afterEach(() => cleanup())

/** A person of the demo's open round with an open nomination: an erasure withdraws it. */
const openNominee = () =>
  ctx.conn.sqlite
    .prepare(
      `SELECT pe.email, n.id AS nomination FROM people pe JOIN nominations n ON n.person_id = pe.id JOIN rounds r ON r.id = n.round_id
        WHERE r.status <> 'closed' AND n.status IN ('nominated', 'proposed') AND pe.email IS NOT NULL ORDER BY pe.id LIMIT 1`,
    )
    .get() as { email: string; nomination: number }

const inFileBytes = (text: string) => [ctx.conn.file, `${ctx.conn.file}-wal`].filter(existsSync).some((f) => readFileSync(f).toString('latin1').includes(text))

describe('an erasure, then a restore of an older backup (issue 14)', () => {
  it('the person erased after the backup stays erased, their nomination withdrawn, and the restore says so', async () => {
    const { email, nomination } = openNominee()
    // The backup holds the person and no erasure at all (not even the key that hashes addresses).
    const backup = await backupNow(ctx)
    await erasePerson(ctx, { email })
    const preview = previewRestore(ctx, backup.file)
    expect(preview.erasuresKept).toBe(1)
    expect(restoreDropMessages(preview).map((m) => translate('sl', m.key, m.values))).toContain(
      '1 oseba je bila izbrisana po nastanku kopije; obnova jo znova izbriše.',
    )
    await restoreBackup(ctx, backup.file)
    const db = ctx.conn.sqlite
    expect(db.prepare('SELECT count(*) FROM people WHERE lower(email) = lower(?)').pluck().get(email)).toBe(0)
    expect(db.prepare('SELECT status, withdrawn_reason AS reason FROM nominations WHERE id = ?').get(nomination)).toEqual({ status: 'withdrawn', reason: 'erasure' })
    expect(db.prepare('SELECT count(*) FROM erasures').pluck().get()).toBe(1)
    expect(inFileBytes(email)).toBe(false)
    const entry = db.prepare("SELECT after FROM audit_log WHERE action = 'restore' ORDER BY id DESC LIMIT 1").pluck().get() as string
    expect(JSON.parse(entry)).toMatchObject({ erasedAgain: 1 })
  })

  it('a restore with no erasure since the backup erases no one', async () => {
    const backup = await backupNow(ctx)
    const people = ctx.conn.sqlite.prepare('SELECT count(*) FROM people WHERE email IS NOT NULL').pluck().get()
    await restoreBackup(ctx, backup.file)
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM people WHERE email IS NOT NULL').pluck().get()).toBe(people)
  })
})
