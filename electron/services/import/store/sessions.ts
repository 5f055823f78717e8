import { randomUUID } from 'node:crypto'
import { UserError } from '../../../../shared/errors'
import type { ImportPreview } from '../../../../shared/import/types'
import type { ImportRequest, ImportWorld } from './prepare'

export interface ImportSession {
  bytes: Uint8Array
  fileName: string
  request: ImportRequest
  preview: ImportPreview
  world: ImportWorld
}

/**
 * Previews waiting for the user's import, by session id. A few at most: each holds its file and rows, and an
 * abandoned one is pushed out by newer ones.
 */
export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>()

  constructor(private readonly limit = 4) {}

  open(session: ImportSession): string {
    const id = randomUUID()
    this.sessions.set(id, session)
    while (this.sessions.size > this.limit) this.sessions.delete(this.sessions.keys().next().value!)
    return id
  }

  get(id: string): ImportSession {
    const session = this.sessions.get(id)
    if (!session) throw new UserError('import.previewExpired')
    return session
  }

  close(id: string): boolean {
    return this.sessions.delete(id)
  }
}
