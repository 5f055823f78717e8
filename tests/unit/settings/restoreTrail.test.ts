import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db/open'
import { exportAudit } from '../../../electron/services/auditlog/export'
import { listAudit } from '../../../electron/services/auditlog/list'
import type { ServiceContext } from '../../../electron/services/context'
import { previewData, printLettersOnPaper, type PrinterFactory } from '../../../electron/services/letters/generate'
import { REGISTER_NAME } from '../../../electron/services/letters/register'
import { createOrganisation } from '../../../electron/services/partners/organisations'
import { backupNow } from '../../../electron/services/settings/backups'
import { previewRestore, restoreBackup } from '../../../electron/services/settings/restore'
import { auditFilters } from '../../../shared/api/audit'
import { tempContext } from '../../helpers/db'
import { buildLettersWorld, type LettersWorld } from '../letters/world'

let t: Awaited<ReturnType<typeof tempContext>>
let world: LettersWorld
beforeEach(async () => {
  t = await tempContext()
  world = buildLettersWorld(t.ctx)
})
afterEach(() => t.cleanup())

const noPrinter: PrinterFactory = () => Promise.reject(new Error('one letter at a time needs no layout printer'))

/** Issues one participant letter for a placement (printed on "paper"), returns its reference. */
async function issue(ctx: ServiceContext, placementId: number): Promise<string> {
  const result = await printLettersOnPaper(ctx, async () => true, noPrinter, { roundId: world.roundId, placementIds: [placementId], kind: 'participant', lang: 'sl' })
  expect(result).toEqual({ printed: true, letters: 1 })
  return ctx.conn.sqlite.prepare('SELECT reference FROM letters ORDER BY id DESC LIMIT 1').pluck().get() as string
}

const auditRows = (ctx: ServiceContext) =>
  ctx.conn.sqlite.prepare('SELECT entity, action, origin, before, after FROM audit_log ORDER BY id').all() as Array<{
    entity: string
    action: string
    origin: string | null
    before: string | null
    after: string | null
  }>

describe('reference numbers across a restore', () => {
  it('never issues a number again after the backup made before it is restored', async () => {
    const first = await issue(t.ctx, world.durda)
    const backup = await backupNow(t.ctx)
    const later = [await issue(t.ctx, world.john), await issue(t.ctx, world.hostile)]
    await restoreBackup(t.ctx, backup.file)
    expect(t.ctx.conn.sqlite.prepare('SELECT count(*) FROM letters').pluck().get()).toBe(1)
    const again = await issue(t.ctx, world.john)
    expect([first, ...later]).toEqual(['0100-12/2026-1', '0100-12/2026-2', '0100-12/2026-3'])
    expect(again).toBe('0100-12/2026-4')
    // The registers outside the database hold the highest number issued.
    for (const file of [`${t.file}.references.json`, join(t.dir, 'backups', REGISTER_NAME)])
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ highest: { '0100-12/{year}-{seq}|2026': 4 } })
  })

  it('still knows the numbers when the counter in the restored file and the register beside it are gone: the backup folder register holds them', async () => {
    await issue(t.ctx, world.durda)
    const backup = await backupNow(t.ctx)
    await issue(t.ctx, world.john)
    await restoreBackup(t.ctx, backup.file)
    // Neither the letters table nor the database's counter remembers number 2: only the registers do.
    t.ctx.conn.sqlite.prepare("DELETE FROM settings WHERE key = 'letters.referenceCounters'").run()
    rmSync(`${t.file}.references.json`)
    expect(previewData(t.ctx, world.john, 'participant', 'sl').data.letter.reference).toBe('0100-12/2026-3')
  })

  it('refuses letters while a register cannot be read or written, and records none', async () => {
    await issue(t.ctx, world.durda)
    writeFileSync(`${t.file}.references.json`, '{"highest": {"0100-12/{year}-{seq}|2026"')
    const request = { roundId: world.roundId, placementIds: [world.john], kind: 'participant' as const, lang: 'sl' as const }
    await expect(printLettersOnPaper(t.ctx, async () => true, noPrinter, request)).rejects.toMatchObject({ code: 'letters.registerDamaged', params: { path: `${t.file}.references.json` } })
    rmSync(`${t.file}.references.json`)
    // Where the register's new version would be written first stands a folder: it cannot be written.
    mkdirSync(join(t.dir, `.${basename(t.file)}.references.json.${process.pid}.tmp`))
    await expect(printLettersOnPaper(t.ctx, async () => true, noPrinter, request)).rejects.toMatchObject({ code: 'letters.registerUnwritable', params: { path: `${t.file}.references.json` } })
    expect(t.ctx.conn.sqlite.prepare('SELECT count(*) FROM letters').pluck().get()).toBe(1)
  })

  it('does not reuse numbers when an older copy of the file is opened in its place', async () => {
    // A copy made by hand, before any letter, next to the database (the same data folder and backup folder).
    t.ctx.conn.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const copy = join(t.dir, 'copy.sqlite')
    copyFileSync(t.file, copy)
    const issued = [await issue(t.ctx, world.durda), await issue(t.ctx, world.john)]
    const old: ServiceContext = { ...t.ctx, conn: await openDatabase(copy, { create: false }) }
    try {
      expect(old.conn.sqlite.prepare('SELECT count(*) FROM letters').pluck().get()).toBe(0)
      expect(issued).not.toContain(await issue(old, world.durda))
      expect(existsSync(`${copy}.references.json`)).toBe(true)
    } finally {
      old.conn.sqlite.close()
    }
  })
})

describe('a restore keeps the audit trail', () => {
  it('carries the entries made since the backup, marked as carried, and records itself', async () => {
    await issue(t.ctx, world.durda)
    const backup = await backupNow(t.ctx)
    const before = auditRows(t.ctx).length
    await issue(t.ctx, world.john)
    const after = auditRows(t.ctx).slice(before)
    expect(after.map((r) => `${r.entity}:${r.action}`)).toContain('letters:generate')
    const result = await restoreBackup(t.ctx, backup.file)
    const rows = auditRows(t.ctx)
    expect(rows.slice(0, before).every((r) => r.origin === null)).toBe(true)
    const carried = rows.slice(before, before + after.length)
    expect(carried.map(({ origin: _o, ...rest }) => rest)).toEqual(after.map(({ origin: _o, ...rest }) => rest))
    expect(carried.every((r) => r.origin === 'restore')).toBe(true)
    const own = rows.at(-1)!
    expect(own).toMatchObject({ entity: 'database', action: 'restore', origin: null, before: null })
    expect(JSON.parse(own.after!)).toEqual({
      restoredFrom: backup.file,
      replacedSavedAs: result.safetyBackup.split(/[\\/]/).pop(),
      letters: '1 (0100-12/2026-2)',
      imports: '',
      placementsChanged: 0,
      carriedEntries: after.length,
      erasedAgain: 0,
    })
    // The dropped letter's record lives on in the carried entry of its issue.
    expect(JSON.parse(carried.find((r) => r.action === 'generate')!.after!)).toEqual({ references: ['0100-12/2026-2'], placements: [world.john] })
    expect(t.ctx.conn.sqlite.prepare("SELECT user FROM audit_log WHERE action = 'restore'").pluck().get()).toBe('tester')
    expect(result.dropped).toEqual({ letters: { count: 1, first: '0100-12/2026-2', last: '0100-12/2026-2' }, imports: [], placementsChanged: 0, placementPeople: [], erasuresKept: 0, auditCarried: after.length })
  })

  it('going back to the safety backup keeps the restore entry and loses nothing', async () => {
    const backup = await backupNow(t.ctx)
    await issue(t.ctx, world.durda)
    const before = auditRows(t.ctx).length
    const first = await restoreBackup(t.ctx, backup.file)
    await restoreBackup(t.ctx, first.safetyBackup)
    const rows = auditRows(t.ctx)
    // The safety backup held every original entry; only the first restore's own entry is new to it.
    expect(rows.slice(0, before).every((r) => r.origin === null)).toBe(true)
    expect(rows.slice(before).map((r) => `${r.action}:${r.origin}`)).toEqual(['restore:restore', 'restore:null'])
  })
})

describe('carried entries on the audit screen and in its CSV', () => {
  it('are marked as from before the restore; the restore itself is not', async () => {
    const backup = await backupNow(t.ctx)
    createOrganisation(t.ctx, { name: 'Zavod po kopiji', sector: 'ngo' })
    await restoreBackup(t.ctx, backup.file)
    const page = listAudit(t.ctx, auditFilters.parse({}), 0, 5)
    expect(page.rows.slice(0, 2).map((r) => [r.action, r.origin])).toEqual([
      ['restore', null],
      ['create', 'restore'],
    ])
    const file = exportAudit(t.ctx, auditFilters.parse({ entity: 'organisation' }), join(t.dir, 'dnevnik.csv'), 'sl').file
    const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').slice(1).trim(), { delimiter: ';' }).data
    expect(rows[0]!.at(-1)).toBe('Izvor')
    expect(rows.slice(1).filter((r) => r.includes('Zavod po kopiji')).map((r) => r.at(-1))).toEqual(['pred obnovitvijo'])
  })
})

describe('the restore confirmation', () => {
  it('lists the letters, imports and placements the restore would drop, and the entries it would carry', async () => {
    const backup = await backupNow(t.ctx)
    const sqlite = t.ctx.conn.sqlite
    const entriesInBackup = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number
    await issue(t.ctx, world.durda)
    await issue(t.ctx, world.john)
    sqlite
      .prepare("INSERT INTO import_batches (kind, round_id, file_name, imported_at, summary) VALUES ('nominations', ?, 'prijave-MJU.xlsx', '2026-11-22T10:00:00Z', '{}')")
      .run(world.roundId)
    sqlite.prepare("UPDATE placements SET status = 'completed' WHERE id = ?").run(world.durda)
    const preview = previewRestore(t.ctx, backup.file)
    expect(preview).toMatchObject({
      backup: { file: backup.file },
      letters: { count: 2, first: '0100-12/2026-1', last: '0100-12/2026-2' },
      imports: ['prijave-MJU.xlsx'],
      placementsChanged: 1,
      placementPeople: ['Đurđa Čeh Šuštarić'],
    })
    expect(preview.auditCarried).toBe((sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number) - entriesInBackup)
    expect(preview.auditCarried).toBeGreaterThan(0)
    // Only looked at: nothing changed, no file left beside the backup.
    expect(sqlite.prepare('SELECT count(*) FROM letters').pluck().get()).toBe(2)
    expect(existsSync(`${backup.file}-wal`)).toBe(false)
  })
})
