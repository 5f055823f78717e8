import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeChanges } from '../../../electron/services/auditlog/changes'
import { exportAudit } from '../../../electron/services/auditlog/export'
import { listAudit } from '../../../electron/services/auditlog/list'
import type { ServiceContext } from '../../../electron/services/context'
import { createOrganisation, updateOrganisation } from '../../../electron/services/partners/organisations'
import { createRound } from '../../../electron/services/rounds/rounds'
import { setLanguage } from '../../../electron/services/settings/settings'
import { auditFilters, type AuditFiltersInput } from '../../../shared/api/audit'
import { tempContext } from '../../helpers/db'

let ctx: ServiceContext
let dir: string
let cleanup: () => void
let clock: Date
beforeEach(async () => {
  ;({ ctx, dir, cleanup } = await tempContext())
  clock = new Date(2026, 10, 20, 12, 0)
  ctx.now = () => clock
})
afterEach(() => cleanup())

const list = (filters: AuditFiltersInput = {}, offset = 0, limit = 50) => listAudit(ctx, auditFilters.parse(filters), offset, limit)

/** Three days of work by two users: partners on the 20th, a round on the 21st, settings on the 22nd (local time). */
function history() {
  const org = createOrganisation(ctx, { name: 'Zavod Kres', sector: 'ngo', city: 'Ljubljana' })
  if (org.status !== 'created') throw new Error('not created')
  updateOrganisation(ctx, org.organisation.id, { name: 'Zavod Kres', sector: 'ngo', city: 'Maribor', notes: '=SUM(A1)' })
  clock = new Date(2026, 10, 21, 9, 30)
  ctx.user = 'mojca'
  createRound(ctx, { name: 'Izmenjave 2027', kind: 'rolling', startsOn: '2027-01-01', endsOn: '2027-12-31' })
  clock = new Date(2026, 10, 22, 23, 50)
  setLanguage(ctx, 'en')
  return org.organisation.id
}

describe('audit log', () => {
  it('lists newest first with who, when, what, and before → after for edited fields', () => {
    const orgId = history()
    const page = list()
    expect(page.total).toBe(4)
    expect(page.rows.map((r) => [r.entity, r.action, r.user])).toEqual([
      ['setting', 'language', 'mojca'],
      ['round', 'create', 'mojca'],
      ['organisation', 'update', 'tester'],
      ['organisation', 'create', 'tester'],
    ])
    expect(page.rows[0]!.changes).toEqual([{ field: '', before: null, after: 'en' }])
    expect(page.rows[2]).toMatchObject({ entityId: orgId, changes: [{ field: 'city', before: 'Ljubljana', after: 'Maribor' }, { field: 'notes', before: null, after: '=SUM(A1)' }] })
    expect(page.rows[3]!.changes).toContainEqual({ field: 'name', before: null, after: 'Zavod Kres' })
    expect(page.rows[3]!.changes.find((c) => c.field === 'website')).toBeUndefined()
    // Each record by its name as it is now; a setting has none.
    expect(page.rows.map((r) => r.name)).toEqual([null, 'Izmenjave 2027', 'Zavod Kres', 'Zavod Kres'])
    expect(page).toMatchObject({ entities: ['organisation', 'round', 'setting'], actions: ['create', 'language', 'update'], users: ['mojca', 'tester'] })
  })

  it('filters by record, action, user, local date range and text, and pages', () => {
    history()
    expect(list({ entity: 'organisation' }).total).toBe(2)
    expect(list({ entity: 'organisation', action: 'update' }).rows).toHaveLength(1)
    expect(list({ user: 'mojca' }).total).toBe(2)
    expect(list({ from: '2026-11-21', to: '2026-11-21' }).rows.map((r) => r.entity)).toEqual(['round'])
    // 23:50 local time on the 22nd belongs to the 22nd whatever UTC says.
    expect(list({ from: '2026-11-22' }).rows.map((r) => r.action)).toEqual(['language'])
    expect(list({ to: '2026-11-20' }).total).toBe(2)
    expect(list({ text: 'Maribor' }).rows.map((r) => r.action)).toEqual(['update'])
    expect(list({ text: '100%' }).total).toBe(0)
    expect(list({ text: '  ' }).total).toBe(4)
    const second = list({}, 1, 2)
    expect(second.total).toBe(4)
    expect(second.rows.map((r) => r.action)).toEqual(['create', 'update'])
    expect(() => auditFilters.parse({ from: '2026-11-22', to: '2026-11-01' })).toThrow()
  })

  it('describes every shape the services record', () => {
    expect(describeChanges(null, '{"a":1}')).toEqual([{ field: 'a', before: null, after: '1' }])
    expect(describeChanges('{"a":1,"b":2}', null)).toEqual([{ field: 'a', before: '1', after: null }, { field: 'b', before: '2', after: null }])
    expect(describeChanges('{"title":"A","n":1}', '{"title":"B","n":1}')).toEqual([{ field: 'title', before: 'A', after: 'B' }])
    expect(describeChanges('"sl"', '"en"')).toEqual([{ field: '', before: 'sl', after: 'en' }])
    expect(describeChanges('{"logo":null}', JSON.stringify({ logo: `data:image/png;base64,${'A'.repeat(5000)}` }))[0]!.after).toHaveLength(301)
    expect(describeChanges(null, null)).toEqual([])
  })

  it('exports the filtered log as CSV that Excel reads in either language, formulas defused', () => {
    history()
    const sl = exportAudit(ctx, auditFilters.parse({ entity: 'organisation' }), join(dir, 'dnevnik.csv'), 'sl')
    expect(sl.entries).toBe(2)
    const text = readFileSync(sl.file, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ';' }).data
    expect(rows[0]).toEqual(['Čas', 'Uporabnik', 'Zapis', 'Ime zapisa', 'Dejanje', 'Polje', 'Prej', 'Potem', 'Izvor'])
    // In words, as on the screen: the record by its name, the action and the field in the user's language.
    expect(rows[1]).toEqual(['2026-11-20 12:00:00', 'tester', 'Organizacija', 'Zavod Kres', 'spremenjeno', 'kraj', 'Ljubljana', 'Maribor', ''])
    expect(rows[2]!.slice(5)).toEqual(['opombe', '', "'=SUM(A1)", ''])
    const en = readFileSync(exportAudit(ctx, auditFilters.parse({}), join(dir, 'log.csv'), 'en').file, 'utf8')
    expect(Papa.parse<string[]>(en.slice(1).trim(), { delimiter: ',' }).data[0]![0]).toBe('Time')
    expect(() => exportAudit(ctx, auditFilters.parse({}), join(dir, 'none', 'log.csv'), 'en')).toThrow(expect.objectContaining({ code: 'file.folderMissing' }))
  })
})
