import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../../electron/services/context'
import { addContact } from '../../../electron/services/partners/contacts'
import { confirmPlacement } from '../../../electron/services/planning/store/changes'
import { exportPerson } from '../../../electron/services/privacy/exportPerson'
import type { PersonReport } from '../../../electron/services/privacy/report'
import { DEFAULT_RETENTION, getRetention, retentionCutoffs, setRetention } from '../../../electron/services/privacy/retention'
import { setMinistry } from '../../../electron/services/settings/settings'
import { backupsIn, demoContext, dump, insertLetter } from './helpers'

let ctx: ServiceContext
let dir: string
let cleanup: () => void
beforeEach(async () => ({ ctx, dir, cleanup } = await demoContext()))
afterEach(() => cleanup())

interface Person { id: number; organisation_id: number; first_name: string; last_name: string; email: string }

function personWithEverything(): Person {
  return ctx.conn.sqlite
    .prepare(
      `SELECT pe.* FROM people pe
        WHERE EXISTS (SELECT 1 FROM team_members m WHERE m.person_id = pe.id)
          AND EXISTS (SELECT 1 FROM workshop_attendance a WHERE a.person_id = pe.id)
          AND (SELECT count(*) FROM nominations n WHERE n.person_id = pe.id) >= 2
        ORDER BY pe.id LIMIT 1`,
    )
    .get() as Person
}

describe('access request export', () => {
  it('writes everything held about the person as JSON: records, nominations, placements, letters, teams, workshops, contacts, changes', () => {
    const person = personWithEverything()
    const placement = ctx.conn.sqlite
      .prepare('SELECT p.id FROM placements p JOIN nominations n ON n.id = p.nomination_id WHERE n.person_id = ? LIMIT 1')
      .pluck()
      .get(person.id) as number
    insertLetter(ctx.conn.sqlite, placement, 'MJU-2020-077', '<p>…</p>')
    addContact(ctx, person.organisation_id, { fullName: `${person.first_name} ${person.last_name}`, role: 'mentor', email: person.email })
    setMinistry(ctx, { name: 'Ministrstvo za javno upravo', street: '', postcode: '', city: '', signatoryName: '', signatoryTitle: '', logoDataUrl: null })
    const file = join(dir, 'oseba.json')

    const result = exportPerson(ctx, { email: person.email }, file, 'sl')

    expect(result).toEqual({ file, people: 1 })
    const report = JSON.parse(readFileSync(file, 'utf8')) as PersonReport
    expect(report.controller).toBe('Ministrstvo za javno upravo')
    expect(report.retention).toEqual(DEFAULT_RETENTION)
    const [record] = report.people
    expect(record).toMatchObject({ id: person.id, firstName: person.first_name, lastName: person.last_name, email: person.email })
    const nominations = ctx.conn.sqlite.prepare('SELECT count(*) FROM nominations WHERE person_id = ?').pluck().get(person.id)
    expect(record!.nominations).toHaveLength(nominations as number)
    const placed = record!.nominations.find((n) => n.placement?.letters.length)
    expect(placed!.placement).toMatchObject({ letters: [{ reference: 'MJU-2020-077', kind: 'participant' }] })
    expect(placed!.placement!.host).toEqual(expect.any(String))
    expect(record!.teams.length).toBe(ctx.conn.sqlite.prepare('SELECT count(*) FROM team_members WHERE person_id = ?').pluck().get(person.id))
    expect(record!.workshops.length).toBe(ctx.conn.sqlite.prepare('SELECT count(*) FROM workshop_attendance WHERE person_id = ?').pluck().get(person.id))
    expect(report.contacts).toEqual([expect.objectContaining({ role: 'mentor', email: person.email, active: true })])
    expect(backupsIn(ctx)).toEqual([])
    const logged = ctx.conn.sqlite.prepare("SELECT entity_id, after FROM audit_log WHERE action = 'export'").get() as { entity_id: number; after: string }
    expect(logged.entity_id).toBe(person.id)
    expect(logged.after).not.toContain(person.email)
    expect(logged.after).not.toContain(person.last_name)
  })

  it('writes a readable HTML page in either language, with stored text escaped', () => {
    const person = personWithEverything()
    ctx.conn.sqlite.prepare("UPDATE nominations SET notes = '<script>alert(1)</script> & več' WHERE person_id = ?").run(person.id)
    const sl = readFileSync(exportPerson(ctx, { personId: person.id }, join(dir, 'oseba.html'), 'sl').file, 'utf8')
    expect(sl).toContain('<html lang="sl">')
    expect(sl).toContain('Osebni podatki v programu Exchange Desk')
    expect(sl).toContain(`<dd>${person.last_name}</dd>`)
    expect(sl).toContain('Mešane skupine')
    expect(sl).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; več')
    expect(sl).not.toContain('<script>')
    expect(sl).toContain('36 mesecev')
    const en = readFileSync(exportPerson(ctx, { personId: person.id }, join(dir, 'person.html'), 'en').file, 'utf8')
    expect(en).toContain('Personal data held in Exchange Desk')
    expect(en).toContain('Preferred host organisations')
  })

  it('refuses an unknown person and a missing folder without writing anything', () => {
    const before = dump(ctx.conn.sqlite)
    expect(() => exportPerson(ctx, { email: 'nihce@primer.si' }, join(dir, 'x.html'), 'sl')).toThrow(expect.objectContaining({ code: 'privacy.personNotFound' }))
    const person = personWithEverything()
    expect(() => exportPerson(ctx, { personId: person.id }, join(dir, 'ni', 'mape', 'x.html'), 'sl')).toThrow(expect.objectContaining({ code: 'file.folderMissing' }))
    expect(() => exportPerson(ctx, { personId: person.id }, dir, 'sl')).toThrow(expect.objectContaining({ code: 'file.isDirectory' }))
    expect(existsSync(join(dir, 'x.html'))).toBe(false)
    expect(dump(ctx.conn.sqlite)).toBe(before)
  })

  it('tells the person in words what was changed in their records, their exchanges included', () => {
    const row = ctx.conn.sqlite
      .prepare(
        `SELECT p.id, pe.email FROM placements p JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id
          WHERE p.status = 'proposed' AND pe.phone LIKE '+386%' AND (SELECT count(*) FROM people x WHERE x.email = pe.email) = 1 LIMIT 1`,
      )
      .get() as { id: number; email: string }
    confirmPlacement(ctx, row.id, { evenIfStarted: true })
    exportPerson(ctx, { email: row.email }, join(dir, 'oseba.html'), 'sl')
    const html = readFileSync(join(dir, 'oseba.html'), 'utf8')
    const changes = html.slice(html.indexOf('Spremembe zapisov'))
    expect(changes).toContain('<td>Izmenjava</td><td>potrjeno</td>')
    expect(changes).not.toMatch(/>(placement|confirm|person|export)</)
    // The phone as people write it, the language by its name.
    expect(html).toMatch(/<dd>\+386 \d{1,2} \d{3} [\d ]+<\/dd>/)
    expect(html).toContain('<dd>Slovenščina</dd>')
  })
})

describe('retention settings', () => {
  it('has defaults, stores new periods in the audit log, and falls back per purpose on a damaged value', () => {
    expect(getRetention(ctx)).toEqual({ participants: 36, nominees: 12 })
    expect(retentionCutoffs(ctx)).toEqual({ participants: '2023-11-22', nominees: '2025-11-22' })
    setRetention(ctx, { participants: 24, nominees: 6 })
    expect(getRetention(ctx)).toEqual({ participants: 24, nominees: 6 })
    expect(retentionCutoffs(ctx)).toEqual({ participants: '2024-11-22', nominees: '2026-05-22' })
    expect(ctx.conn.sqlite.prepare("SELECT before, after FROM audit_log WHERE action = 'retention'").get()).toEqual({
      before: null,
      after: '{"participants":24,"nominees":6}',
    })
    ctx.conn.sqlite.prepare("UPDATE settings SET value = '{\"participants\":-5,\"nominees\":6}' WHERE key = 'retention'").run()
    expect(getRetention(ctx)).toEqual({ participants: 36, nominees: 6 })
    ctx.conn.sqlite.prepare("UPDATE settings SET value = 'not json' WHERE key = 'retention'").run()
    expect(getRetention(ctx)).toEqual(DEFAULT_RETENTION)
  })
})
