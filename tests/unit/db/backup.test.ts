import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupIntoFolder, backupTo, listBackups } from '../../../db/backup'
import { openReadOnly } from '../../../db/open'
import { tempContext } from '../../helpers/db'

let temp: Awaited<ReturnType<typeof tempContext>>
beforeEach(async () => (temp = await tempContext()))
afterEach(() => temp.cleanup())

describe('a backup is complete or absent', () => {
  it('is written under a temporary name and renamed, and what a crashed backup left is cleared by the next one', async () => {
    const folder = join(temp.dir, 'backups')
    const first = await backupIntoFolder(temp.ctx.conn.sqlite, folder, 'manual', new Date('2026-11-22T10:00:00'))
    // A backup killed half-way leaves only its temporary file, which is never listed as a backup.
    writeFileSync(join(folder, 'exchange-desk-20261122-110000-bulk.sqlite.partial'), 'SQLite format 3\u0000 cut short')
    expect(listBackups(folder).map((b) => b.file)).toEqual([first])
    const second = await backupIntoFolder(temp.ctx.conn.sqlite, folder, 'bulk', new Date('2026-11-22T12:00:00'))
    expect(readdirSync(folder).sort()).toEqual(['exchange-desk-20261122-100000-manual.sqlite', 'exchange-desk-20261122-120000-bulk.sqlite'])
    openReadOnly(second).close()
  })

  it('fails with a clear error and leaves nothing behind when it cannot be written', async () => {
    const destination = join(temp.dir, 'missing-folder', 'copy.sqlite')
    await expect(backupTo(temp.ctx.conn.sqlite, destination)).rejects.toMatchObject({ code: 'backup.failed' })
    expect(existsSync(destination)).toBe(false)
    expect(existsSync(`${destination}.partial`)).toBe(false)
  })
})
