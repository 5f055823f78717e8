import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../db/open'
import { allHandlers } from '../../../../electron/handlers'
import { createRouter } from '../../../../electron/router'
import type { ServiceContext } from '../../../../electron/services/context'
import type { PreviewSession } from '../../../../shared/api/imports'
import { listBackups } from '../../../../db/backup'
import { backupFolder } from '../../../../electron/services/settings/backups'
import { dump, NOMINATIONS, world } from './world'

async function router(db: string) {
  const ctx: ServiceContext = { conn: await openDatabase(db, { create: false }), user: 'tester', now: () => new Date('2026-11-22T10:00:00Z'), defaultBackupFolder: `${db}-backups`, reopen: (f) => openDatabase(f, { create: false }) }
  const dialog = { openFile: () => ({ file: null }), chooseFolder: () => ({ folder: null }), readImage: () => ({ dataUrl: '' }), saveFile: () => ({ file: null }) }
  const r = createRouter(allHandlers(dialog), ctx, () => undefined)
  return {
    ctx,
    call: async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await r.invoke(channel, input)
      if (!result.ok) throw Object.assign(new Error(result.error.code), { appError: result.error })
      return result.value as T
    },
    fail: async (channel: string, input: unknown) => {
      const result = await r.invoke(channel, input)
      if (result.ok) throw new Error('expected a failure')
      return result.error
    },
  }
}

describe('the import over IPC', () => {
  it('previews a dropped file, fixes a cell, skips a row, imports, lists the history and undoes', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const { call, fail, ctx } = await router(w.db)
    const opened = await call<PreviewSession>('imports:preview', { source: { fileName: 'prijave.xlsx', bytes: new Uint8Array(readFileSync(path)) }, kind: 'nominations', roundId: 1 })
    expect(opened.preview.counts).toMatchObject({ rows: 5, valid: 2, invalid: 2, duplicate: 1 })
    expect(opened.preview.rows.find((r) => r.row === 5)?.status).toBe('error')

    const fixed = await call<PreviewSession>('imports:editCell', { session: opened.session, row: 5, field: 'email', text: 'jan.kos@cebelica.si' })
    expect(fixed.preview.rows.find((r) => r.row === 5)?.status).toBe('ok')
    const skipped = await call<PreviewSession>('imports:skipRow', { session: opened.session, row: 6, skipped: true })
    expect(skipped.preview.counts).toMatchObject({ valid: 3, invalid: 0, skipped: 1 })

    const before = dump(w.db)
    const outcome = await call<{ imported: number; batch: number }>('imports:commit', { session: opened.session })
    expect(outcome).toMatchObject({ imported: 3, batch: 1 })
    expect(dump(w.db)).not.toBe(before)
    expect(await fail('imports:editCell', { session: opened.session, row: 5, field: 'email', text: 'x' })).toMatchObject({ code: 'import.previewExpired' })

    const nominations = await call<Array<{ email: string }>>('imports:nominations', { roundId: 1 })
    expect(nominations.map((n) => n.email).sort()).toEqual(['ana.novak@mf.si', 'jan.kos@cebelica.si', null].sort())
    const history = await call<Array<{ id: number; imported: number; undoBlocked: string | null }>>('imports:history', { roundId: 1 })
    expect(history).toEqual([expect.objectContaining({ id: 1, imported: 3, undoBlocked: null })])
    const backups = () => listBackups(backupFolder(ctx)).map((b) => b.reason)
    expect(backups()).toEqual(['import'])
    expect(await call('imports:undo', { batch: 1 })).toMatchObject({ removed: { nominations: 3 } })
    expect(backups().sort()).toEqual(['bulk', 'import'])
    expect(await call('imports:nominations', { roundId: 1 })).toEqual([])
    ctx.conn.sqlite.close()
  })

  it('asks for the round, and re-reads the file with another header row', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const { call, fail, ctx } = await router(w.db)
    expect(await fail('imports:preview', { source: { file: path }, kind: 'nominations', roundId: null })).toMatchObject({ code: 'import.noRound' })
    const opened = await call<PreviewSession>('imports:preview', { source: { file: path }, kind: 'nominations', roundId: 1 })
    expect(opened.preview.headerRow).toBe(3)
    const other = await call<PreviewSession>('imports:reread', { session: opened.session, headerRow: 4 })
    expect(other.preview.headerRow).toBe(4)
    const mapped = await call<PreviewSession>('imports:reread', { session: opened.session, headerRow: 3, mapping: { C: null } })
    expect(mapped.preview.mapping.find((c) => c.column === 'C')).toMatchObject({ field: null, source: 'user' })
    ctx.conn.sqlite.close()
  })

  it('maps an organisation the partner list knows by another name, and remembers it for the next file', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const { call } = await router(w.db)
    const partnerId = (w.sql("SELECT id FROM organisations WHERE name = 'Čebelica d.o.o.'") as Array<{ id: number }>)[0]!.id
    const opened = await call<PreviewSession>('imports:preview', { source: { file: path }, kind: 'nominations', roundId: 1 })
    expect(opened.preview.rows.find((r) => r.row === 6)?.problems.map((p) => p.code)).toContain('unknown_organisation')

    const mapped = await call<PreviewSession>('imports:reread', { session: opened.session, organisationMap: { 'Neznano podjetje d.o.o.': partnerId } })
    const row = mapped.preview.rows.find((r) => r.row === 6)!
    expect(row.problems.map((p) => p.code)).not.toContain('unknown_organisation')
    expect(row.organisationId).toBe(partnerId)
    // An id that is no partner maps nothing: the row stays unknown.
    const wrong = await call<PreviewSession>('imports:reread', { session: opened.session, organisationMap: { 'Neznano podjetje d.o.o.': 9999 } })
    expect(wrong.preview.rows.find((r) => r.row === 6)?.problems.map((p) => p.code)).toContain('unknown_organisation')
    await call('imports:reread', { session: opened.session, organisationMap: { 'Neznano podjetje d.o.o.': partnerId } })
    await call('imports:commit', { session: opened.session })
    expect(w.sql("SELECT count(*) AS n FROM organisations WHERE name LIKE 'Neznano%'")).toEqual([{ n: 0 }])

    // The next file spelling it the same way (case and legal form aside) matches without being asked.
    const next = await w.file('druga.xlsx', [NOMINATIONS[2]!, ['Eva', 'Lah', 'eva.lah@x.si', '', 'NEZNANO PODJETJE', '', '', '', 'da']])
    const again = await call<PreviewSession>('imports:preview', { source: { file: next }, kind: 'nominations', roundId: 1 })
    expect(again.preview.rows[0]).toMatchObject({ organisationId: partnerId, status: 'ok' })
  })
})
