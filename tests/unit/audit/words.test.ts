import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportAudit } from '../../../electron/services/auditlog/export'
import { listAudit, toEntry } from '../../../electron/services/auditlog/list'
import type { ServiceContext } from '../../../electron/services/context'
import { setAttended } from '../../../electron/services/planning/store/workshops'
import { renderPersonReport } from '../../../electron/services/privacy/render'
import type { PersonReport } from '../../../electron/services/privacy/report'
import { isHidden, presentEntry } from '../../../shared/audit/present'
import { catalogues } from '../../../shared/i18n/catalogue'
import { auditFilters } from '../../../shared/api/audit'
import type { Language } from '../../../shared/domain/enums'
import { tempContext } from '../../helpers/db'
import { demoContext } from '../privacy/helpers'
import { SAMPLES, type Sample } from './samples'

let ctx: ServiceContext
let dir: string
let cleanup: () => void
beforeEach(async () => {
  ;({ ctx, dir, cleanup } = await tempContext())
  ctx.now = () => new Date(2026, 10, 22, 10, 0)
})
afterEach(() => cleanup())

const LANGUAGES: Language[] = ['sl', 'en']

/** What a person must never read: camelCase or snake_case keys, "#991", JSON brackets. */
const RAW = [/\b[a-z]+[A-Z]\w*/, /\b[a-z]+_[a-z_]+\b/, /#\d/, /[{}[\]]/]
/** Text the officer typed with the letters' placeholders in it is shown as typed: a template, a reference pattern. */
const TYPED = /\{(year|n|participant\.name)\}/g
function expectNoRawCode(text: string, where: string) {
  for (const pattern of RAW) expect(text.replace(TYPED, ''), `${where}: ${pattern}`).not.toMatch(pattern)
}

/** Every key, and every code a code field holds, of a stored value: none may reach a Slovenian reader. */
const CODE_FIELDS = new Set(['status', 'sector', 'hostSector', 'kind', 'role', 'language', 'languages', 'gender', 'driver', 'consentMethod', 'format', 'sectorKinds', 'violations'])
function codesOf(value: unknown, field = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => codesOf(v, field))
  // An import's mapping is keyed by the file's own headings; the fields they fill are codes.
  if (typeof value === 'object' && value !== null && field === 'mapping') return Object.values(value).filter((v): v is string => typeof v === 'string' && v !== '')
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [k, ...codesOf(v, k)])
  return typeof value === 'string' && CODE_FIELDS.has(field) ? [value] : []
}
const wholeWord = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text)

function sampleRow(s: Sample, id: number) {
  const json = (v: unknown) => (v === null ? null : JSON.stringify(v))
  return { id, at: '2026-11-22T09:00:00.000Z', user: 'mojca', entity: s.entity, entityId: s.entityId, action: s.action, before: json(s.before), after: json(s.after), origin: null }
}

function screenText(s: Sample, lang: Language): string {
  const shown = presentEntry(toEntry(sampleRow(s, 1)), lang)
  const value = (c: { before: string | null; after: string | null }) =>
    shown.shows === 'both' ? `${c.before ?? '—'} → ${c.after ?? '—'}` : c.after ?? c.before ?? '—'
  return [shown.entity, shown.record ?? '', shown.action, ...shown.changes.map((c) => `${c.label}: ${value(c)}`)].join('\n')
}

/** The (record kind, action) pairs written with literal names in the services' source, settings included. */
function auditCalls(): Array<[string, string]> {
  const files = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name)
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
    })
  const calls: Array<[string, string]> = []
  for (const file of files(join(__dirname, '../../../electron/services'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\baudit\((?:ctx|\{[^}]*\}), '(\w+)', [^,]+, ([^,]+),/g)) {
      // `a ? 'x' : 'y'` writes x or y; the condition's own literals are not actions.
      const written = m[2]!.includes('?') ? m[2]!.slice(m[2]!.indexOf('?')) : m[2]!
      for (const action of written.matchAll(/'([\w-]+)'/g)) calls.push([m[1]!, action[1]!])
    }
    // A setting is audited under its own name as the action.
    for (const m of readFileSync(file, 'utf8').matchAll(/\bwriteSetting\(ctx, '(\w+)'/g)) calls.push(['setting', m[1]!])
  }
  return calls
}

describe('the audit log in words', () => {
  it('has a sample of every record kind and action the services write', () => {
    const calls = auditCalls()
    expect(calls.length).toBeGreaterThan(30)
    const sampled = new Set(SAMPLES.map((s) => `${s.entity}/${s.action}`))
    expect(calls.map(([e, a]) => `${e}/${a}`).filter((pair) => !sampled.has(pair))).toEqual([])
  })

  it.each(LANGUAGES)('has words for every record kind, action and shown field (%s)', (lang) => {
    // An English label may spell like its code ("file"), so the patterns alone cannot see a missing one.
    const has = (...keys: string[]) => keys.some((key) => catalogues[lang][key] !== undefined)
    const keysOf = (value: unknown, field = ''): string[] => {
      if (field === 'mapping' || typeof value !== 'object' || value === null) return []
      if (Array.isArray(value)) return value.flatMap((v) => keysOf(v, field))
      return Object.entries(value).flatMap(([k, v]) => (isHidden(k) ? [] : [k, ...keysOf(v, k)]))
    }
    const missing = SAMPLES.flatMap((s) => [
      ...(has(`audit.entity.${s.entity}`) ? [] : [`entity ${s.entity}`]),
      ...(has(`audit.action.${s.entity}.${s.action}`, `audit.action.${s.action}`) ? [] : [`action ${s.action}`]),
      ...[...keysOf(s.before), ...keysOf(s.after)]
        .filter((k) => !has(`audit.fieldFor.${s.entity}.${k}`, `audit.field.${k}`))
        .map((k) => `field ${s.entity}.${k}`),
    ])
    expect([...new Set(missing)]).toEqual([])
  })

  it.each(LANGUAGES)('shows no internal code on the screen (%s)', (lang) => {
    for (const s of SAMPLES) {
      const text = screenText(s, lang)
      expectNoRawCode(text, `${s.entity}/${s.action}`)
      if (lang === 'sl') {
        // File names (a backup's name holds its reason) are shown as they are on disk.
        const words = text.replace(TYPED, '').replace(/\S+\.(sqlite|xlsx)\b/g, '')
        const leaked = [s.entity, s.action, ...codesOf(s.before), ...codesOf(s.after)].filter((code) => wholeWord(words, code))
        expect(leaked, `${s.entity}/${s.action}:\n${text}`).toEqual([])
      }
    }
  })

  it.each(LANGUAGES)('writes no internal code to the CSV export (%s)', (lang) => {
    const insert = ctx.conn.sqlite.prepare('INSERT INTO audit_log (at, user, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
    for (const [i, s] of SAMPLES.entries()) {
      const row = sampleRow(s, i)
      insert.run(row.at, row.user, row.entity, row.entityId, row.action, row.before, row.after)
    }
    const file = exportAudit(ctx, auditFilters.parse({}), join(dir, 'log.csv'), lang).file
    const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').slice(1).trim(), { delimiter: lang === 'sl' ? ';' : ',' }).data
    // The time column is a spreadsheet's date; everything else is words.
    for (const row of rows.slice(1)) expectNoRawCode(row.slice(1).join(' | '), row.slice(2, 5).join(' '))
    if (lang === 'sl') {
      // The record kind and the action columns (file names in the values may hold any word).
      const text = rows.map((r) => `${r[2]} | ${r[4]}`).join('\n')
      for (const s of SAMPLES) expect([s.entity, s.action].filter((code) => wholeWord(text, code)), `${s.entity}/${s.action}`).toEqual([])
    }
  })

  it.each(LANGUAGES)('names every change in the access export in words (%s)', (lang) => {
    const report: PersonReport = {
      generatedAt: '2026-11-22T10:00:00.000Z', controller: 'Ministrstvo za javno upravo', retention: { participants: 5, nominees: 1 }, contacts: [],
      people: [{ id: 12, firstName: 'Ana', lastName: 'Novak', email: 'ana.novak@example.si', phone: '+38631555222', jobTitle: null, gender: 'f', language: 'sl', organisation: 'Zavod Kres', anonymisedAt: null, nominations: [], teams: [], workshops: [] }],
      changes: SAMPLES.map((s) => ({ at: '2026-11-22T09:00:00.000Z', user: 'mojca', entity: s.entity, action: s.action })),
    }
    const html = renderPersonReport(report, lang)
    const body = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '\n')
    expectNoRawCode(body, 'access export')
    expect(body).toContain('+386 31 555 222')
    expect(body).toContain(lang === 'sl' ? 'Slovenščina' : 'Slovenščina')
    if (lang === 'sl') for (const s of SAMPLES) expect([s.entity, s.action].filter((code) => wholeWord(body, code)), `${s.entity}/${s.action}`).toEqual([])
  })

  it('reads ids as names, lists and mappings as words, values as on screen', () => {
    const at = (entity: string, action: string, lang: Language = 'sl') => screenText(SAMPLES.find((s) => s.entity === entity && s.action === action)!, lang)
    const move = at('placement', 'move')
    expect(move).toContain('gostitelj: Ministrstvo za pravosodje → Zavod Kres')
    expect(move).toContain('mentor: Gašper Blatnik → —')
    expect(move).toContain('kršena pravila: — → vrsta izmenjave ni dovoljena, datumi zunaj ponujenega obdobja')
    expect(at('letterTemplate', 'update')).toContain('Udeležencu (Slovenščina)')
    expect(move).not.toMatch(/17|31|439|62/)
    expect(at('placement', 'confirm')).toContain('stanje: predlagana → potrjena')
    expect(at('letters', 'generate')).toContain('številke pisem: 0100-12/2026-1 … 0100-12/2026-15 (15)')
    expect(at('letters', 'generate')).toContain('izmenjave: 4')
    // Other lists are read whole: every kind of exchange the round allows.
    expect(at('round', 'rules')).toContain('Znotraj javnega sektorja; Z nevladnimi organizacijami')
    expect(at('import_batch', 'import')).toContain('stolpci: Ime → ime, Priimek → priimek, E-pošta → e-pošta')
    expect(at('contact', 'create')).toContain('telefon: +386 31 555 222')
    expect(at('contact', 'update')).toContain('telefon: +386 31 555 222 → 01 478 12 00')
    // A summary event shows each value once, not "4 → —" beside "— → 24".
    expect(at('round', 'plan')).toContain('zamenjani predlogi: 4\n')
    expect(at('round', 'plan')).toContain('razporejeni: 24\n')
    expect(at('round', 'teams-propose')).toContain('skupine: 0 → Skupina 1 (člani: 3); Skupina 2 (člani: 2)')
    expect(at('database', 'demo')).not.toContain('seme')
    expect(at('contact', 'update')).toContain('jezik: Slovenščina → English')
    expect(at('organisation', 'update')).toContain('partner od: — → 1. 1. 2020')
    expect(at('organisation', 'update', 'en')).toContain('partner since: — → 1 Jan 2020')
    expect(at('setting', 'language')).toContain('Slovenščina → English')
  })
})

describe('names in the audit log', () => {
  it('names the person a workshop entry is about, beside the workshop, not by their number', async () => {
    const demo = await demoContext()
    try {
      const row = demo.ctx.conn.sqlite
        .prepare(
          `SELECT a.workshop_id AS workshopId, a.person_id AS personId, w.title, pe.first_name || ' ' || pe.last_name AS person
             FROM workshop_attendance a JOIN workshops w ON w.id = a.workshop_id JOIN people pe ON pe.id = a.person_id LIMIT 1`,
        )
        .get() as { workshopId: number; personId: number; title: string; person: string }
      setAttended(demo.ctx, row.workshopId, row.personId, false)
      const [entry] = listAudit(demo.ctx, auditFilters.parse({ entity: 'workshop' }), 0, 1).rows
      expect(entry!.name).toBe(`${row.title} – ${row.person}`)
      expect(presentEntry(entry!, 'sl')).toMatchObject({ entity: 'Delavnica', action: 'odsotnost z delavnice', record: `${row.title} – ${row.person}`, changes: [] })
    } finally {
      demo.cleanup()
    }
  })
})
