import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../db/open'
import { allHandlers } from '../../../../electron/handlers'
import { createRouter } from '../../../../electron/router'
import type { ServiceContext } from '../../../../electron/services/context'
import type { PreviewSession } from '../../../../shared/api/imports'
import { dump, HEADER, NOMINATIONS, world } from './world'

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
    expect(await call('imports:undo', { batch: 1 })).toMatchObject({ removed: { nominations: 3 } })
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

  it('maps an unknown organisation to a partner, remembers the spelling for the next file, and creates another in the chosen sector', async () => {
    const w = await world()
    const rows = [HEADER, ['Ana', 'Novak', 'ana@mf.si', '', 'MF – finance', '', '', '', 'da'], ['Jan', 'Kos', 'jan@zavod.si', '', 'Zavod Novi', '', '', '', 'da']]
    const path = await w.file('prijave.xlsx', rows)
    const { call, ctx } = await router(w.db)
    const partner = (w.sql("SELECT id FROM organisations WHERE name = 'Ministrstvo za finance'") as Array<{ id: number }>)[0]!.id
    const opened = await call<PreviewSession>('imports:preview', { source: { file: path }, kind: 'nominations', roundId: 1 })
    expect(opened.preview.rows.map((r) => r.problems.map((p) => p.code))).toEqual([['unknown_organisation'], ['unknown_organisation']])
    const chosen = await call<PreviewSession>('imports:reread', { session: opened.session, organisations: { 'MF – finance': { partner }, 'Zavod Novi': { create: 'ngo' } } })
    expect(chosen.preview.rows.map((r) => [r.status, r.organisationId ?? null])).toEqual([['ok', partner], ['warning', null]])
    expect(await call('imports:commit', { session: chosen.session })).toMatchObject({ imported: 2 })
    expect(w.sql("SELECT o.name, o.sector FROM people p JOIN organisations o ON o.id = p.organisation_id ORDER BY p.id")).toEqual([
      { name: 'Ministrstvo za finance', sector: 'ministry' },
      { name: 'Zavod Novi', sector: 'ngo' },
    ])
    // The next file that writes the name so (case and spacing aside) is matched without asking.
    const next = await w.file('druga.xlsx', [HEADER, ['Eva', 'Zupan', 'eva@mf.si', '', 'mf  –  FINANCE', '', '', '', 'da']])
    const again = await call<PreviewSession>('imports:preview', { source: { file: next }, kind: 'nominations', roundId: 1 })
    expect(again.preview.rows.map((r) => [r.status, r.organisationId])).toEqual([['ok', partner]])
    ctx.conn.sqlite.close()
  })

  it('an erased person’s row is an error until the officer ticks “import anyway” for the file; the nomination list says who was withdrawn at an erasure', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const { call, ctx } = await router(w.db)
    const source = { fileName: 'prijave.xlsx', bytes: new Uint8Array(readFileSync(path)) }
    const first = await call<PreviewSession>('imports:preview', { source, kind: 'nominations', roundId: 1 })
    await call('imports:commit', { session: first.session })
    const personId = ctx.conn.sqlite.prepare("SELECT id FROM people WHERE email = 'ana.novak@mf.si'").pluck().get() as number
    await call('privacy:erase', { personId })
    const listed = await call<Array<{ email: string | null; status: string; withdrawnReason: string | null }>>('imports:nominations', { roundId: 1 })
    expect(listed.filter((n) => n.withdrawnReason === 'erasure')).toEqual([expect.objectContaining({ email: null, status: 'withdrawn' })])

    const again = await call<PreviewSession>('imports:preview', { source, kind: 'nominations', roundId: 1 })
    const row = again.preview.rows.find((r) => r.row === 4)!
    expect(row.status).toBe('error')
    expect(row.problems).toContainEqual(expect.objectContaining({ code: 'erased_person', severity: 'error', field: 'email', params: expect.objectContaining({ date: '2026-11-22' }) }))
    const allowed = await call<PreviewSession>('imports:reread', { session: again.session, allowErased: true })
    expect(allowed.preview.rows.find((r) => r.row === 4)).toMatchObject({ status: 'warning', problems: expect.arrayContaining([expect.objectContaining({ code: 'erased_person_allowed' })]) })
    expect(await call<{ imported: number }>('imports:commit', { session: again.session })).toMatchObject({ imported: 1 })
    expect(ctx.conn.sqlite.prepare("SELECT count(*) FROM people WHERE email = 'ana.novak@mf.si'").pluck().get()).toBe(1)
  })
})
