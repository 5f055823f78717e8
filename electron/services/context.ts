import { userInfo } from 'node:os'
import type { Connection } from '../../db/connection'

/**
 * What every service gets: the open database (swapped on restore, so read it through `conn` each time),
 * who is working (the OS user, for the audit log) and the clock.
 */
export interface ServiceContext {
  conn: Connection
  user: string
  now: () => Date
  /** Where the app is allowed to put backups when Settings names no folder. */
  defaultBackupFolder: string
  /** Reopens a database file (after a restore); given by whoever opened the first one. */
  reopen: (file: string) => Promise<Connection>
}

export function osUser(): string {
  try {
    return userInfo().username
  } catch {
    return 'unknown'
  }
}
