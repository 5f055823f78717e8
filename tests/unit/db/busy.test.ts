import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { allHandlers } from '../../../electron/handlers'
import { createRouter } from '../../../electron/router'
import { tempContext } from '../../helpers/db'

const noDialogs = { openFile: () => ({ file: null }), chooseFolder: () => ({ folder: null }), readImage: () => ({ dataUrl: null }), saveFile: () => ({ file: null }) } as never

describe('a database another program is writing while the app works (issue 17)', () => {
  let cleanup: (() => void) | null = null
  afterEach(() => cleanup?.())

  it('a change answers with the busy message, not an internal error, and nothing is written', async () => {
    const temp = await tempContext()
    cleanup = temp.cleanup
    temp.ctx.conn.sqlite.pragma('busy_timeout = 50')
    const logged: unknown[] = []
    const router = createRouter(allHandlers(noDialogs), temp.ctx, (e) => logged.push(e))
    const other = new Database(temp.file)
    other.exec('BEGIN IMMEDIATE')
    try {
      const result = await router.invoke('partners:create', { organisation: { name: 'Zavod Kres', sector: 'ngo' }, confirmNotDuplicate: true })
      expect(result).toEqual({ ok: false, error: { code: 'db.busy', params: { path: temp.file } } })
      expect(logged).toEqual([])
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
    expect(temp.ctx.conn.sqlite.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(0)
  })
})
