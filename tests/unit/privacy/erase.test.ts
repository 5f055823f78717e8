import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { audit, changedFields } from '../../../electron/services/audit'
import type { ServiceContext } from '../../../electron/services/context'
import { addContact } from '../../../electron/services/partners/contacts'
import { erasePerson, previewErasure } from '../../../electron/services/privacy/erase'
import { backupsIn, demoContext, dump, findEverywhere, insertLetter, statisticsFingerprint } from './helpers'

let ctx: ServiceContext
let cleanup: () => void
beforeEach(async () => ({ ctx, cleanup } = await demoContext()))
afterEach(() => cleanup())

interface Person { id: number; organisation_id: number; first_name: string; last_name: string; email: string; phone: string }

/** A person of the demo with a placement, a mixed team and a workshop: the widest footprint. */
function widelyRecordedPerson(): Person {
  return ctx.conn.sqlite
    .prepare(
      `SELECT pe.* FROM people pe
        WHERE EXISTS (SELECT 1 FROM team_members m WHERE m.person_id = pe.id)
          AND EXISTS (SELECT 1 FROM workshop_attendance a WHERE a.person_id = pe.id)
          AND EXISTS (SELECT 1 FROM nominations n JOIN placements p ON p.nomination_id = n.id WHERE n.person_id = pe.id)
          AND pe.phone IS NOT NULL
        ORDER BY pe.id LIMIT 1`,
    )
    .get() as Person
}

const yearlyPlacements = () =>
  ctx.conn.sqlite.prepare("SELECT substr(starts_on, 1, 4) AS year, count(*) AS n FROM placements WHERE status <> 'withdrawn' GROUP BY 1 ORDER BY 1").all()

describe('erasing a person', () => {
  it('removes them from every table and every audit entry, keeps the yearly figures, and logs only that it happened', async () => {
    const person = widelyRecordedPerson()
    const fullName = `${person.first_name} ${person.last_name}`
    const statistics = statisticsFingerprint(ctx.conn.sqlite)
    // What other areas leave behind: a second record from a later import, a letter, notes, feedback,
    // a contact with the same address, and audit entries naming them.
    const second = Number(
      ctx.conn.sqlite
        .prepare("INSERT INTO people (organisation_id, first_name, last_name, email, language, sort_key) VALUES (?, ?, ?, upper(?), 'sl', 'x')")
        .run(person.organisation_id, person.first_name, person.last_name, person.email).lastInsertRowid,
    )
    const placement = ctx.conn.sqlite
      .prepare('SELECT p.id FROM placements p JOIN nominations n ON n.id = p.nomination_id WHERE n.person_id = ? LIMIT 1')
      .pluck()
      .get(person.id) as number
    insertLetter(ctx.conn.sqlite, placement, 'MJU-ERASE-1', `<p>${fullName}, ${person.email}</p>`)
    ctx.conn.sqlite.prepare("UPDATE placements SET participant_feedback = 'Odlično.', host_feedback = ? WHERE id = ?").run(`${fullName} je bil odličen.`, placement)
    const contact = addContact(ctx, person.organisation_id, { fullName, role: 'coordinator', email: person.email, phone: person.phone })
    const nomination = ctx.conn.sqlite.prepare('SELECT id FROM nominations WHERE person_id = ? LIMIT 1').pluck().get(person.id) as number
    ctx.conn.sqlite.transaction(() => {
      audit(ctx, 'person', person.id, 'update', { phone: person.phone }, changedFields({ phone: person.phone }, { phone: '+386 1 000 00 00' }))
      audit(ctx, 'nomination', nomination, 'update', { notes: null }, changedFields({ notes: null }, { notes: `Klicati na ${person.phone}` }))
      audit(ctx, 'placement', placement, 'create', null, { participant: { firstName: person.first_name, lastName: person.last_name }, hostId: 3 })
    })()
    const years = yearlyPlacements()
    const auditRows = ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number

    const preview = previewErasure(ctx, { email: person.email })
    expect(backupsIn(ctx)).toEqual([])
    expect(preview).toMatchObject({
      personIds: [person.id, second],
      names: [fullName],
      emails: [person.email.toLowerCase()],
      letters: 1,
      contacts: [`${fullName} (${ctx.conn.sqlite.prepare('SELECT name FROM organisations WHERE id = ?').pluck().get(person.organisation_id)})`],
      deletedPeople: 1,
    })
    expect(preview.teamMemberships).toBeGreaterThan(0)
    expect(preview.workshopAttendance).toBeGreaterThan(0)
    expect(preview.auditEntries).toBe(4)

    const result = await erasePerson(ctx, { email: person.email.toUpperCase() })
    expect(result).toEqual({ ...preview, backup: expect.stringMatching(/-bulk\.sqlite$/) })
    expect(backupsIn(ctx)).toHaveLength(1)

    for (const needle of [person.email, fullName, `${person.last_name} ${person.first_name}`, person.phone])
      expect(findEverywhere(ctx.conn.sqlite, needle), needle).toEqual([])
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM people WHERE id = ?').pluck().get(second)).toBe(0)
    expect(ctx.conn.sqlite.prepare('SELECT first_name, email, gender, anonymised_at FROM people WHERE id = ?').get(person.id)).toEqual({
      first_name: null,
      email: null,
      gender: null,
      anonymised_at: '2026-11-22T10:00:00.000Z',
    })
    expect(ctx.conn.sqlite.prepare('SELECT participant_feedback, host_feedback, participant_rating IS NOT NULL AS rated FROM placements WHERE id = ?').get(placement)).toEqual({
      participant_feedback: null,
      host_feedback: null,
      rated: 1,
    })
    expect(ctx.conn.sqlite.prepare('SELECT reference, html FROM letters').get()).toEqual({ reference: 'MJU-ERASE-1', html: '' })
    expect(ctx.conn.sqlite.prepare('SELECT full_name, active, email FROM contacts WHERE id = ?').get(contact.id)).toEqual({ full_name: '—', active: 0, email: null })
    // The remaining record keeps organisation and links, so every figure counts as before the second record came.
    expect(yearlyPlacements()).toEqual(years)
    expect(statisticsFingerprint(ctx.conn.sqlite)).toBe(statistics)

    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditRows + 1)
    const erasure = ctx.conn.sqlite.prepare("SELECT * FROM audit_log WHERE action = 'erase'").get() as { entity: string; entity_id: number | null; before: string | null; after: string }
    expect(erasure).toMatchObject({ entity: 'person', entity_id: null, before: null })
    expect(Object.keys(JSON.parse(erasure.after)).sort()).toEqual(
      ['auditEntries', 'contacts', 'deletedPeople', 'letters', 'nominations', 'people', 'placements', 'teamMemberships', 'withdrawnNominations', 'withdrawnPlacements', 'workshopAttendance'].sort(),
    )
    const placementEntry = ctx.conn.sqlite.prepare("SELECT after FROM audit_log WHERE entity = 'placement'").pluck().get() as string
    expect(JSON.parse(placementEntry)).toEqual({ participant: { firstName: null, lastName: null }, hostId: 3 })
  })

  it('deletes a record nothing counted refers to', async () => {
    const id = Number(
      ctx.conn.sqlite
        .prepare("INSERT INTO people (organisation_id, first_name, last_name, email, language, sort_key) VALUES (1, 'Iva', 'Brisanova', 'iva.brisanova@primer.si', 'sl', 'x')")
        .run().lastInsertRowid,
    )
    const result = await erasePerson(ctx, { personId: id })
    expect(result).toMatchObject({ personIds: [id], deletedPeople: 1, nominations: 0, placements: 0 })
    expect(findEverywhere(ctx.conn.sqlite, 'Brisanova')).toEqual([])
  })

  it('refuses an unknown person: nothing changes and no backup is made', async () => {
    const before = dump(ctx.conn.sqlite)
    await expect(erasePerson(ctx, { email: 'nihce@primer.si' })).rejects.toMatchObject({ code: 'privacy.personNotFound', params: { person: 'nihce@primer.si' } })
    await expect(erasePerson(ctx, { personId: 999_999 })).rejects.toMatchObject({ code: 'privacy.personNotFound' })
    expect(() => previewErasure(ctx, { email: 'nihce@primer.si' })).toThrow()
    expect(dump(ctx.conn.sqlite)).toBe(before)
    expect(backupsIn(ctx)).toEqual([])
  })

  it('previews without changing anything', () => {
    const person = widelyRecordedPerson()
    const before = dump(ctx.conn.sqlite)
    expect(previewErasure(ctx, { personId: person.id }).personIds).toEqual([person.id])
    expect(dump(ctx.conn.sqlite)).toBe(before)
  })
})
