import type Database from 'better-sqlite3'
import type { AppInfo } from '../../../shared/domain/settings'
import type { ServiceContext } from '../context'
import { readSetting } from './settings'

export const APP_VERSION = '0.1.0'

export function countRows(sqlite: Database.Database): AppInfo['counts'] {
  return sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM organisations) AS organisations, (SELECT count(*) FROM rounds) AS rounds,
              (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM placements) AS placements`,
    )
    .get() as AppInfo['counts']
}

export function appInfo(ctx: ServiceContext): AppInfo {
  const counts = countRows(ctx.conn.sqlite)
  return {
    databaseFile: ctx.conn.file,
    schemaVersion: ctx.conn.schemaVersion,
    appVersion: APP_VERSION,
    offerDemo: counts.organisations === 0 && !readSetting(ctx, 'demoDeclined', false),
    counts,
  }
}
