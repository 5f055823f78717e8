import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { openReadOnly, sqliteFailure } from './open'

/** The files one SQLite database in WAL mode consists of: committed data may sit in `-wal` only. */
export const DATABASE_SUFFIXES = ['', '-wal', '-shm'] as const

/** Removes a database with its `-wal` and `-shm` (a private copy that is no longer needed). */
export function removeDatabase(file: string): void {
  for (const suffix of DATABASE_SUFFIXES) rmSync(file + suffix, { force: true })
}

/**
 * Moves a closed database to `destination` together with its `-wal` and `-shm`: moving the main file alone would
 * strand committed data in the WAL (or, worse, let a stale WAL meet another main file).
 */
export function moveDatabase(file: string, destination: string): void {
  for (const suffix of DATABASE_SUFFIXES) if (existsSync(file + suffix)) renameSync(file + suffix, destination + suffix)
}

/**
 * A private, self-contained copy of a database file: read (with whatever its `-wal` holds) through SQLite's
 * backup API into one file without a WAL. What is checked and what is restored are then the same bytes; reading
 * the main file alone would drop data that lives only in the WAL, and checking the pair but copying the main
 * file would let a WAL hide objects from the check.
 */
export async function copyDatabase(source: string, destination: string): Promise<void> {
  const absent = DATABASE_SUFFIXES.filter((suffix) => suffix !== '' && !existsSync(source + suffix))
  removeDatabase(destination)
  const sqlite = openReadOnly(source)
  try {
    await sqlite.backup(destination)
  } catch (error) {
    removeDatabase(destination)
    throw sqliteFailure(error, source)
  } finally {
    sqlite.close()
    // A read-only look at a WAL file leaves an empty -wal and -shm it cannot remove: ours, so we do.
    const wal = `${source}-wal`
    if (absent.includes('-wal') && existsSync(wal) && statSync(wal).size === 0) for (const suffix of absent) rmSync(source + suffix, { force: true })
  }
}
