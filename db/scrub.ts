import type Database from 'better-sqlite3'

/**
 * After personal data is erased or anonymised, removes what SQLite would otherwise keep in the file's bytes
 * (issue 17: 126 of 136 e-mails of an anonymised round were still readable with `strings`): the write-ahead log
 * is checkpointed and emptied, VACUUM rewrites the database without its free pages, and the log it wrote is
 * emptied again. `secure_delete` (on for every connection, see open.ts) already zeroes deleted cells as they go.
 */
export function scrubFreedData(sqlite: Database.Database): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.exec('VACUUM')
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
}
