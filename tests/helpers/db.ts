import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../db/open'
import type { ServiceContext } from '../../electron/services/context'

/** A real SQLite file in a fresh temp folder, opened like the app opens it. */
export async function tempContext(): Promise<{ ctx: ServiceContext; dir: string; file: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-unit-'))
  const file = join(dir, 'desk.sqlite')
  const ctx: ServiceContext = {
    conn: await openDatabase(file, { create: true }),
    user: 'tester',
    now: () => new Date('2026-11-22T10:00:00Z'),
    defaultBackupFolder: join(dir, 'backups'),
    reopen: (f) => openDatabase(f, { create: false }),
  }
  return {
    ctx,
    dir,
    file,
    cleanup: () => {
      try {
        ctx.conn.sqlite.close()
      } catch {
        // already closed by the test
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'desk-unit-'))
}
