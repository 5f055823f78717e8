import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { backupNow } from '../../../electron/services/settings/backups'
import { exportAudit } from '../../../electron/services/auditlog/export'
import { exportStatisticsWorkbook } from '../../../electron/services/stats/export/workbook'
import { writeUserFile } from '../../../electron/services/files'
import { UserError } from '../../../shared/errors'
import { tempContext } from '../../helpers/db'
import { dump, run } from '../import/store/world'

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function codeOf(action: () => unknown): string | null {
  try {
    action()
    return null
  } catch (error) {
    return error instanceof UserError ? error.code : String(error)
  }
}

describe('no export replaces the open database or a backup (issue 17)', () => {
  let cleanup: (() => void) | null = null
  afterEach(() => cleanup?.())

  it('refuses the database, its side files, a link to it and a backup, and writes elsewhere as before', async () => {
    const temp = await tempContext()
    cleanup = temp.cleanup
    const { ctx, dir, file } = temp
    ctx.conn.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const before = hash(file)
    symlinkSync(file, join(dir, 'link.csv'))
    mkdirSync(join(dir, 'sub'))
    for (const target of [file, `${file}-wal`, `${file}-shm`, join(dir, 'sub', '..', 'desk.sqlite'), join(dir, 'link.csv')]) {
      expect(codeOf(() => writeUserFile(ctx, target, 'x')), target).toBe('file.isDatabase')
      expect(codeOf(() => exportAudit(ctx, { entity: null, action: null, user: null, from: null, to: null, text: null }, target, 'sl')), target).toBe('file.isDatabase')
    }
    const backup = (await backupNow(ctx)).file
    const backupBytes = hash(backup)
    expect(codeOf(() => writeUserFile(ctx, backup, 'x'))).toBe('file.isBackup')
    await expect(exportStatisticsWorkbook(ctx.conn, { year: 2026 }, { file, lang: 'en', backupFolder: ctx.defaultBackupFolder })).rejects.toMatchObject({ code: 'file.isDatabase' })
    expect(hash(file)).toBe(before)
    expect(hash(backup)).toBe(backupBytes)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp') || name.endsWith('.partial'))).toEqual([])

    const csv = join(dir, 'audit.csv')
    expect(writeUserFile(ctx, csv, 'a;b\r\n')).toBe(csv)
    writeFileSync(join(dir, 'backups', 'notes.txt'), 'mine')
    expect(writeUserFile(ctx, join(dir, 'backups', 'notes.txt'), 'replaced')).toContain('notes.txt')
  })

  it('the CLI template and person export aimed at the database exit 1 with a message and leave it as it was', async () => {
    const temp = await tempContext()
    cleanup = temp.cleanup
    const { file } = temp
    temp.ctx.conn.sqlite.close()
    await run('--db', file, 'partners', 'add', '--name', 'Zavod Kres', '--sector', 'ngo')
    const before = dump(file)
    const template = await run('--db', file, 'template', 'nominations', '--out', file)
    expect(template.code).toBe(1)
    expect(template.stderr).toContain('is the database the app has open')
    const slovenian = await run('--lang', 'sl', '--db', file, 'template', 'partners', '--out', file)
    expect(slovenian.stderr).toContain('je baza podatkov')
    const person = await run('--db', file, 'person', 'export', '--email', 'nobody@primer.si', '--out', file)
    expect(person.code).toBe(1)
    expect(dump(file)).toBe(before)
  })
})
