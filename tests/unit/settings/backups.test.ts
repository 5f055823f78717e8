import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listBackups, rotateBackups } from '../../../db/backup'
import type { ServiceContext } from '../../../electron/services/context'
import { createOrganisation } from '../../../electron/services/partners/organisations'
import { backupNow, inspectBackup } from '../../../electron/services/settings/backups'
import { restoreBackup } from '../../../electron/services/settings/restore'
import { getSettings, setLanguage, setMinistry } from '../../../electron/services/settings/settings'
import { UserError } from '../../../shared/errors'
import { tempContext } from '../../helpers/db'

let ctx: ServiceContext
let dir: string
let cleanup: () => void
beforeEach(async () => ({ ctx, dir, cleanup } = await tempContext()))
afterEach(() => cleanup())

const orgCount = () => (ctx.conn.sqlite.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n

describe('settings', () => {
  it('keeps language and ministry details in the database', () => {
    setLanguage(ctx, 'en')
    setMinistry(ctx, { name: 'Ministrstvo za javno upravo', street: 'Tržaška cesta 21', postcode: '1000', city: 'Ljubljana', signatoryName: 'Ana Kos', signatoryTitle: 'ministrica', logoDataUrl: null })
    expect(getSettings(ctx)).toMatchObject({ language: 'en', ministry: { city: 'Ljubljana', signatoryTitle: 'ministrica' } })
  })
})

describe('backup and restore', () => {
  it('backs up, restores, and keeps a safety copy of what was replaced', async () => {
    createOrganisation(ctx, { name: 'Prva d.o.o.', sector: 'company' })
    const backup = await backupNow(ctx)
    expect(backup.counts.organisations).toBe(1)
    createOrganisation(ctx, { name: 'Druga d.o.o.', sector: 'company' })
    expect(orgCount()).toBe(2)
    const result = await restoreBackup(ctx, backup.file)
    expect(orgCount()).toBe(1)
    expect(inspectBackup(result.safetyBackup).counts.organisations).toBe(2)
    expect(listBackups(join(dir, 'backups')).map((b) => b.reason).sort()).toEqual(['manual', 'restore'])
  })

  it('refuses a file that is not a backup and leaves the database as it was', async () => {
    createOrganisation(ctx, { name: 'Ostane d.o.o.', sector: 'company' })
    const bogus = join(dir, 'bogus.sqlite')
    writeFileSync(bogus, 'hello')
    await expect(restoreBackup(ctx, bogus)).rejects.toSatisfy((e) => e instanceof UserError && e.code === 'db.notSqlite')
    await expect(restoreBackup(ctx, join(dir, 'missing.sqlite'))).rejects.toSatisfy((e) => e instanceof UserError && e.code === 'db.notFound')
    expect(orgCount()).toBe(1)
    expect(existsSync(join(dir, 'backups'))).toBe(false)
  })

  it('refuses a backup whose tables were changed, or whose records point at nothing, and changes nothing', async () => {
    createOrganisation(ctx, { name: 'Prva d.o.o.', sector: 'company' })
    const tampered = (await backupNow(ctx)).file
    const other = new Database(tampered)
    // A schema changed outside the app (or a flipped byte in a CREATE statement, which integrity_check accepts).
    other.exec('CREATE INDEX stray ON organisations (name)')
    other.close()
    await expect(restoreBackup(ctx, tampered)).rejects.toMatchObject({ code: 'backup.schemaDiffers' })

    const broken = (await backupNow(ctx)).file
    const damaged = new Database(broken)
    damaged.pragma('foreign_keys = OFF')
    damaged.prepare("INSERT INTO contacts (organisation_id, full_name, role, sort_key) VALUES (999, 'Ana Kos', 'mentor', 'kos ana')").run()
    damaged.close()
    await expect(restoreBackup(ctx, broken)).rejects.toMatchObject({ code: 'backup.brokenLinks', params: { count: 1 } })
    expect(orgCount()).toBe(1)
  })

  it('rotates: keeps the newest twenty and the newest of each month', () => {
    const folder = join(dir, 'rotation')
    const names: string[] = []
    for (let month = 1; month <= 3; month++)
      for (let day = 1; day <= 12; day++) names.push(`exchange-desk-2026${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}-120000-daily.sqlite`)
    mkdirSync(folder)
    for (const name of names) writeFileSync(join(folder, name), '')
    rotateBackups(folder)
    const kept = listBackups(folder).map((b) => b.name)
    expect(kept).toHaveLength(21)
    expect(kept).toContain('exchange-desk-20260112-120000-daily.sqlite')
    expect(kept).not.toContain('exchange-desk-20260111-120000-daily.sqlite')
  })
})
