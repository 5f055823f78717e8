import type Database from 'better-sqlite3'
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import type * as schema from './schema'

export type Orm = BetterSQLite3Database<typeof schema>

/** One open database: the raw handle for prepared statements and transactions, drizzle for typed queries. */
export interface Connection {
  readonly file: string
  readonly sqlite: Database.Database
  readonly orm: Orm
  readonly schemaVersion: number
}
