import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData } from '../../../electron/services/demo'
import { fold, isValidSlovenianTaxNumber, organisationNameKey, slSortKey } from '../../../shared/text'
import { openTempDatabase, type TempDatabase } from './helpers'

/** The demo rows must be ones the app itself could have written: valid, keyed, consistent. */
let db: TempDatabase
const all = <T>(sql: string) => db.conn.sqlite.prepare(sql).all() as T[]

beforeAll(async () => {
  db = await openTempDatabase()
  loadDemoData(db.conn)
})
afterAll(() => db.close())

interface OrganisationRow {
  id: number; name: string; short_name: string | null; sector: string; tax_number: string | null; city: string | null
  postcode: string | null; status: string; sort_key: string; search_key: string; search_text: string
}

describe('organisations', () => {
  it('has about 8 ministries, 46 companies and 12 NGOs, plus public bodies and associations', () => {
    const bySector = Object.fromEntries(
      all<{ sector: string; n: number }>('SELECT sector, count(*) AS n FROM organisations GROUP BY sector').map((r) => [r.sector, r.n]),
    )
    expect(bySector.ministry).toBeGreaterThanOrEqual(8)
    expect(bySector.ministry).toBeLessThanOrEqual(10)
    expect(bySector.company).toBeGreaterThanOrEqual(46)
    expect(bySector.company).toBeLessThanOrEqual(52)
    expect(bySector.ngo).toBe(12)
    expect(bySector['public-body']).toBeGreaterThanOrEqual(3)
    expect(bySector.association).toBeGreaterThanOrEqual(1)
  })

  it('gives every organisation a valid, unique Slovenian tax number and a Slovenian postcode', () => {
    const rows = all<OrganisationRow>('SELECT * FROM organisations')
    for (const row of rows) {
      expect(isValidSlovenianTaxNumber(row.tax_number ?? ''), `${row.name}: ${row.tax_number}`).toBe(true)
      expect(row.postcode).toMatch(/^[1-9]\d{3}$/)
    }
    expect(new Set(rows.map((r) => r.tax_number)).size).toBe(rows.length)
  })

  it('has names unique by organisationNameKey, with Slovenian letters in many of them', () => {
    const names = all<{ name: string }>('SELECT name FROM organisations').map((r) => r.name)
    expect(new Set(names.map(organisationNameKey)).size).toBe(names.length)
    expect(names.filter((name) => /[čšžć]/i.test(name)).length).toBeGreaterThan(30)
  })

  it('fills sort, search and search-text keys as the partner service does', () => {
    for (const row of all<OrganisationRow>('SELECT * FROM organisations')) {
      expect(row.sort_key).toBe(slSortKey(row.name))
      expect(row.search_key).toBe(organisationNameKey(row.name))
      expect(row.search_text).toBe(fold([row.name, row.short_name, row.tax_number, row.city].filter(Boolean).join(' ')))
    }
  })

  it('is searchable without diacritics ("zelezn" finds Železniško …)', () => {
    const hits = all<{ name: string }>("SELECT name FROM organisations WHERE search_text LIKE '%zelezn%'")
    expect(hits.map((h) => h.name)).toContain('Železniško transportna družba d.o.o.')
  })

  it('sorts Č after C and Ž after Z by sort key', () => {
    const names = all<{ name: string }>('SELECT name FROM organisations ORDER BY sort_key').map((r) => r.name)
    const collator = new Intl.Collator('sl')
    expect(names).toEqual([...names].sort(collator.compare))
  })

  it('has mostly active partners, some paused and some former', () => {
    const byStatus = Object.fromEntries(
      all<{ status: string; n: number }>('SELECT status, count(*) AS n FROM organisations GROUP BY status').map((r) => [r.status, r.n]),
    )
    expect(byStatus.active).toBeGreaterThan(60)
    expect(byStatus.paused).toBeGreaterThan(0)
    expect(byStatus.former).toBeGreaterThan(0)
  })
})

describe('contacts and people', () => {
  it('gives every organisation one active coordinator and a mentor, ministries a signatory', () => {
    const rows = all<{ sector: string; coordinators: number; mentors: number; signatories: number }>(
      `SELECT o.sector, sum(c.role = 'coordinator' AND c.active) AS coordinators, sum(c.role = 'mentor') AS mentors,
              sum(c.role = 'signatory') AS signatories
         FROM organisations o JOIN contacts c ON c.organisation_id = o.id GROUP BY o.id`,
    )
    expect(rows).toHaveLength(all<{ n: number }>('SELECT count(*) AS n FROM organisations')[0]!.n)
    for (const row of rows) {
      expect(row.coordinators).toBe(1)
      expect(row.mentors).toBeGreaterThanOrEqual(1)
      if (row.sector === 'ministry') expect(row.signatories).toBe(1)
    }
  })

  it('records gender and language, mostly Slovenian with some English', () => {
    for (const table of ['contacts', 'people']) {
      const rows = all<{ gender: string; language: string; n: number }>(
        `SELECT gender, language, count(*) AS n FROM ${table} GROUP BY gender, language`,
      )
      expect(rows.every((r) => r.gender === 'm' || r.gender === 'f')).toBe(true)
      const count = (language: string) => rows.filter((r) => r.language === language).reduce((sum, r) => sum + r.n, 0)
      expect(count('en')).toBeGreaterThan(0)
      expect(count('sl')).toBeGreaterThan(count('en') * 5)
    }
  })

  it('uses unique e-mail addresses on invented primer-… domains only', () => {
    const emails = all<{ email: string }>('SELECT email FROM contacts UNION ALL SELECT email FROM people').map((r) => r.email)
    expect(new Set(emails).size).toBe(emails.length)
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@primer-[a-z0-9-]+\.si$/)
  })

  it('fills sort keys of contacts and people', () => {
    for (const c of all<{ full_name: string; sort_key: string }>('SELECT full_name, sort_key FROM contacts')) {
      expect(c.sort_key).toBe(slSortKey(c.full_name))
    }
    for (const p of all<{ first_name: string; last_name: string; sort_key: string }>('SELECT first_name, last_name, sort_key FROM people')) {
      expect(p.sort_key).toBe(slSortKey(`${p.last_name} ${p.first_name}`))
    }
  })
})

describe('references', () => {
  it('has no broken foreign key and passes the integrity check', () => {
    expect(db.conn.sqlite.pragma('foreign_key_check')).toEqual([])
    expect(db.conn.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('has nominations with consent and up to three distinct preferences for hosts offering places', () => {
    const rows = all<{ home: number; p1: number | null; p2: number | null; p3: number | null; consent: number; offered: number }>(
      `SELECT pe.organisation_id AS home, n.preference_1 AS p1, n.preference_2 AS p2, n.preference_3 AS p3, n.consent,
              (SELECT count(*) FROM offers f WHERE f.round_id = n.round_id
                 AND f.organisation_id IN (n.preference_1, n.preference_2, n.preference_3)) AS offered
         FROM nominations n JOIN people pe ON pe.id = n.person_id`,
    )
    for (const row of rows) {
      const preferences = [row.p1, row.p2, row.p3].filter((p): p is number => p !== null)
      expect(row.consent).toBe(1)
      expect(preferences.length).toBeGreaterThan(0)
      expect(new Set(preferences).size).toBe(preferences.length)
      expect(preferences).not.toContain(row.home)
      expect(row.offered).toBe(preferences.length)
    }
  })

  it('has conflicts of interest between a ministry and a company it regulates', () => {
    const pairs = all<{ a: string; b: string }>(
      `SELECT a.sector AS a, b.sector AS b FROM conflicts c JOIN organisations a ON a.id = c.organisation_a
         JOIN organisations b ON b.id = c.organisation_b`,
    )
    expect(pairs.length).toBeGreaterThanOrEqual(3)
    expect(pairs).toContainEqual({ a: 'ministry', b: 'company' })
  })
})
