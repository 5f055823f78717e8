import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { APPLICATION_ID, openDatabase } from '../../../db/open'
import type { ServiceContext } from '../../../electron/services/context'
import { createOrganisation } from '../../../electron/services/partners/organisations'
import { backupNow, inspectBackup } from '../../../electron/services/settings/backups'
import { restoreBackup } from '../../../electron/services/settings/restore'
import { UserError } from '../../../shared/errors'
import { tempContext } from '../../helpers/db'

let t: Awaited<ReturnType<typeof tempContext>>
beforeEach(async () => (t = await tempContext()))
afterEach(() => t.cleanup())

const orgCount = () => t.ctx.conn.sqlite.prepare('SELECT count(*) FROM organisations').pluck().get() as number

/** The objects an attacker would hide behind `LIKE 'sqlite_%'`, whose `_` matches any character. */
const HIDDEN = {
  trigger: "CREATE TRIGGER sqlitex_keep AFTER UPDATE ON people BEGIN INSERT INTO settings (key, value) VALUES ('stash', old.email) ON CONFLICT(key) DO UPDATE SET value = value || excluded.value; END",
  view: 'CREATE VIEW sqlitev AS SELECT email FROM people',
  table: 'CREATE TABLE sqliteZstash (value TEXT)',
}

/**
 * A copy of a backup whose last changes are still in its WAL only: made while a writer holds the file open with
 * checkpoints off, the way a backup folder on a share can hold one.
 */
async function withWalOnly(backup: string, change: (ctx: ServiceContext) => void): Promise<string> {
  const conn = await openDatabase(backup, { create: false })
  const writer = conn.sqlite
  writer.pragma('wal_autocheckpoint = 0')
  change({ ...t.ctx, conn })
  const copy = join(t.dir, 'wal-only.sqlite')
  copyFileSync(backup, copy)
  copyFileSync(`${backup}-wal`, `${copy}-wal`)
  writer.close()
  return copy
}

describe('crafted backups', () => {
  for (const [kind, sql] of Object.entries(HIDDEN)) {
    it(`refuses a backup with a ${kind} named like SQLite's own, and changes nothing`, async () => {
      createOrganisation(t.ctx, { name: 'Prva d.o.o.', sector: 'company' })
      const backup = (await backupNow(t.ctx)).file
      const crafted = new Database(backup)
      crafted.exec(sql)
      crafted.close()
      expect(() => inspectBackup(backup)).toThrow(expect.objectContaining({ code: 'backup.schemaDiffers' }))
      createOrganisation(t.ctx, { name: 'Druga d.o.o.', sector: 'company' })
      await expect(restoreBackup(t.ctx, backup)).rejects.toMatchObject({ code: 'backup.schemaDiffers', params: { path: backup } })
      expect(orgCount()).toBe(2)
      expect(readdirSync(t.dir).filter((f) => f.startsWith('.restore-'))).toEqual([])
    })
  }

  it('restores the data a backup holds only in its WAL', async () => {
    createOrganisation(t.ctx, { name: 'Prva d.o.o.', sector: 'company' })
    const backup = (await backupNow(t.ctx)).file
    const copy = await withWalOnly(backup, (ctx) => {
      for (let i = 0; i < 5; i++) createOrganisation(ctx, { name: `Društvo ${i}`, sector: 'ngo' })
    })
    expect(inspectBackup(copy).counts.organisations).toBe(6)
    await restoreBackup(t.ctx, copy)
    expect(orgCount()).toBe(6)
    expect(t.ctx.conn.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    // The user's file and its WAL are as they were: read, not changed.
    expect(existsSync(`${copy}-wal`)).toBe(true)
  })

  it('refuses a backup whose WAL hides a trigger, and changes nothing', async () => {
    createOrganisation(t.ctx, { name: 'Prva d.o.o.', sector: 'company' })
    const backup = (await backupNow(t.ctx)).file
    const copy = await withWalOnly(backup, (ctx) => ctx.conn.sqlite.exec(HIDDEN.trigger.replace('sqlitex_keep', 'keep_emails')))
    await expect(restoreBackup(t.ctx, copy)).rejects.toMatchObject({ code: 'backup.schemaDiffers', params: { path: copy } })
    expect(orgCount()).toBe(1)
    expect(t.ctx.conn.sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'keep_emails'").pluck().get()).toBe(0)
  })

  it('restores what was checked when the WAL hides a trigger of the main file: the file with the WAL, not the main file alone', async () => {
    const backup = (await backupNow(t.ctx)).file
    const crafted = new Database(backup)
    crafted.exec(HIDDEN.trigger.replace('sqlitex_keep', 'keep_emails'))
    crafted.close()
    // With its WAL the file is clean (the trigger dropped); its main file alone still has the trigger.
    const copy = await withWalOnly(backup, (ctx) => ctx.conn.sqlite.exec('DROP TRIGGER keep_emails'))
    await restoreBackup(t.ctx, copy)
    expect(t.ctx.conn.sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'keep_emails'").pluck().get()).toBe(0)
  })

  it('refuses an empty file marked as ours as a user error', async () => {
    const empty = join(t.dir, 'empty.sqlite')
    const db = new Database(empty)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.close()
    createOrganisation(t.ctx, { name: 'Ostane d.o.o.', sector: 'company' })
    await expect(restoreBackup(t.ctx, empty)).rejects.toSatisfy((e) => e instanceof UserError && e.code === 'backup.empty')
    expect(orgCount()).toBe(1)
  })

  it('the restored file opens as a plain database: no private copy is left behind, not even one an interrupted restore left', async () => {
    const backup = (await backupNow(t.ctx)).file
    writeFileSync(join(t.dir, '.restore-99999999.sqlite'), 'left by a restore that was killed')
    writeFileSync(join(t.dir, '.restore-99999999.sqlite-wal'), '')
    await restoreBackup(t.ctx, backup)
    t.ctx.conn.sqlite.close()
    const reopened = await openDatabase(t.file, { create: false })
    expect(reopened.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'restore'").pluck().get()).toBe(1)
    reopened.sqlite.close()
    expect(readdirSync(t.dir).filter((f) => f.startsWith('.restore-'))).toEqual([])
  })
})
