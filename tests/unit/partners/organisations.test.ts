import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../../electron/services/context'
import { addContact, setContactActive } from '../../../electron/services/partners/contacts'
import { findDuplicates } from '../../../electron/services/partners/duplicates'
import { listOrganisations } from '../../../electron/services/partners/list'
import {
  createOrganisation,
  getOrganisationDetail,
  removeOrganisation,
  setOrganisationStatus,
  updateOrganisation,
} from '../../../electron/services/partners/organisations'
import { UserError } from '../../../shared/errors'
import { tempContext } from '../../helpers/db'

let ctx: ServiceContext
let cleanup: () => void
beforeEach(async () => ({ ctx, cleanup } = await tempContext()))
afterEach(() => cleanup())

function create(name: string, extra: Record<string, unknown> = {}) {
  const result = createOrganisation(ctx, { name, sector: 'company', ...extra } as never)
  if (result.status !== 'created') throw new Error(`not created: ${JSON.stringify(result)}`)
  return result.organisation
}

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    if (error instanceof UserError) return error.code
    if (error instanceof Error && error.name === 'ZodError') return 'zod'
    throw error
  }
  return 'no error'
}

const count = () => (ctx.conn.sqlite.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n

describe('organisations', () => {
  it('creates, normalises and audits an organisation', () => {
    const org = create('  Šumi   Soft d.o.o. ', { taxNumber: 'SI 84867744', website: 'sumi.example', partnerSince: 2016 })
    expect(org).toMatchObject({ name: 'Šumi Soft d.o.o.', taxNumber: '84867744', website: 'https://sumi.example', partnerSince: 2016, status: 'active' })
    const audit = ctx.conn.sqlite.prepare('SELECT user, entity, action FROM audit_log').all()
    expect(audit).toEqual([{ user: 'tester', entity: 'organisation', action: 'create' }])
  })

  it('rejects an invalid Slovenian tax number unless marked foreign, and writes nothing', () => {
    expect(codeOf(() => create('Podjetje A', { taxNumber: '12345678' }))).toBe('zod')
    expect(count()).toBe(0)
    expect(create('Foreign GmbH', { taxNumber: 'DE123456789', taxNumberForeign: true }).taxNumber).toBe('DE123456789')
  })

  it('refuses a tax number that another organisation has', () => {
    create('Ministrstvo za finance', { taxNumber: '84867744', sector: 'ministry' })
    expect(codeOf(() => create('Drugo ime', { taxNumber: '84867744' }))).toBe('partners.taxNumberTaken')
    expect(count()).toBe(1)
  })

  it('finds near-identical names ignoring case, diacritics and legal form, and creates only when confirmed', () => {
    create('Čebelarstvo Žužemberk d.o.o.')
    const result = createOrganisation(ctx, { name: 'CEBELARSTVO ZUZEMBERK d.d.', sector: 'company' })
    expect(result).toMatchObject({ status: 'duplicates', candidates: [{ name: 'Čebelarstvo Žužemberk d.o.o.', reason: 'name' }] })
    expect(count()).toBe(1)
    expect(findDuplicates(ctx, { name: 'Cebelarstvo Zuzemberg' })).toHaveLength(1)
    expect(findDuplicates(ctx, { name: 'Čebelarstvo Ljubljana' })).toHaveLength(0)
    expect(createOrganisation(ctx, { name: 'CEBELARSTVO ZUZEMBERK d.d.', sector: 'company' }, true).status).toBe('created')
  })

  it('searches folded text and sorts in Slovenian order, with filters', () => {
    for (const name of ['Žito d.d.', 'Zavod Zebra', 'Čarobni les', 'Cilka s.p.', 'Železniško podjetje Maribor']) create(name)
    setOrganisationStatus(ctx, listOrganisations(ctx, { search: 'zavod' }).rows[0]!.id, 'paused')
    expect(listOrganisations(ctx, {}).rows.map((r) => r.name)).toEqual(['Cilka s.p.', 'Čarobni les', 'Zavod Zebra', 'Železniško podjetje Maribor', 'Žito d.d.'])
    expect(listOrganisations(ctx, { sortDir: 'desc' }).rows[0]?.name).toBe('Žito d.d.')
    expect(listOrganisations(ctx, { search: 'zelezn' }).rows.map((r) => r.name)).toEqual(['Železniško podjetje Maribor'])
    expect(listOrganisations(ctx, { search: 'ŽELEZN mari' }).total).toBe(1)
    expect(listOrganisations(ctx, { search: '100%_' }).total).toBe(0)
    expect(listOrganisations(ctx, { statuses: ['paused'] }).rows.map((r) => r.name)).toEqual(['Zavod Zebra'])
  })

  it('edits with an audit of the changed fields only', () => {
    const org = create('Petrol d.d.')
    updateOrganisation(ctx, org.id, { name: 'Petrol d.d.', sector: 'company', city: 'Ljubljana' })
    const row = ctx.conn.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'update'").get() as { after: string }
    expect(JSON.parse(row.after)).toEqual({ city: [null, 'Ljubljana'] })
    expect(listOrganisations(ctx, { search: 'ljubljana' }).total).toBe(1)
  })

  it('deletes an organisation without history, but only deactivates one with history', () => {
    const lonely = create('Brez zgodovine d.o.o.')
    addContact(ctx, lonely.id, { fullName: 'Ana Novak', role: 'coordinator' })
    removeOrganisation(ctx, lonely.id)
    expect(count()).toBe(0)
    const busy = create('Z zgodovino d.o.o.')
    ctx.conn.sqlite.prepare("INSERT INTO people (organisation_id, first_name, last_name) VALUES (?, 'Jan', 'Kos')").run(busy.id)
    expect(codeOf(() => removeOrganisation(ctx, busy.id))).toBe('partners.hasHistory')
    expect(setOrganisationStatus(ctx, busy.id, 'former').status).toBe('former')
    expect(getOrganisationDetail(ctx, busy.id).hasHistory).toBe(true)
  })

  it('keeps contacts with validated e-mail and deactivates instead of deleting', () => {
    const org = create('Kontakti d.o.o.')
    expect(codeOf(() => addContact(ctx, org.id, { fullName: 'Jan Novak', role: 'mentor', email: 'jan.novak@' }))).toBe('zod')
    const contact = addContact(ctx, org.id, { fullName: 'Špela Čuk', role: 'mentor', email: 'spela@primer.si', gender: 'f' })
    setContactActive(ctx, contact.id, false)
    expect(getOrganisationDetail(ctx, org.id).contacts).toEqual([expect.objectContaining({ fullName: 'Špela Čuk', active: false, gender: 'f' })])
  })

  it('shows the rounds an organisation sent and hosted people in', () => {
    const home = create('Ministrstvo za zdravje', { sector: 'ministry' })
    const host = create('Zdravila d.o.o.')
    const db = ctx.conn.sqlite
    const round = db.prepare("INSERT INTO rounds (name, starts_on) VALUES ('Krog 2024', '2024-03-01')").run().lastInsertRowid
    const person = db.prepare("INSERT INTO people (organisation_id, first_name, last_name) VALUES (?, 'Ana', 'Kos')").run(home.id).lastInsertRowid
    const nomination = db.prepare('INSERT INTO nominations (round_id, person_id) VALUES (?, ?)').run(round, person).lastInsertRowid
    db.prepare(
      "INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, starts_on, ends_on, status) VALUES (?, ?, ?, ?, 'ministry', 'company', '2024-03-04', '2024-03-08', 'completed')",
    ).run(round, nomination, home.id, host.id)
    expect(getOrganisationDetail(ctx, home.id).history).toEqual([{ roundId: Number(round), roundName: 'Krog 2024', year: 2024, sent: 1, hosted: 0 }])
    expect(getOrganisationDetail(ctx, host.id).history[0]).toMatchObject({ sent: 0, hosted: 1 })
  })
})
