import type { Sector } from '../../../../shared/domain/enums'
import { organisationNameKey } from '../../../../shared/text'
import type { ServiceContext } from '../../context'
import { organisationKeys } from '../../partners/keys'

export interface KnownOrganisation {
  id: number
  name: string
}

/**
 * The partner list held in memory for one import: by tax number and by name key (case, diacritics and legal
 * form ignored), short names too. Organisations the import creates are added, so later rows find them.
 */
export class OrganisationIndex {
  private readonly byTax = new Map<string, KnownOrganisation>()
  private readonly byName = new Map<string, KnownOrganisation>()
  private readonly byId = new Map<number, KnownOrganisation>()
  /** Answers by the text as written: a file names the same few organisations thousands of times. */
  private readonly answers = new Map<string, KnownOrganisation | null>()

  constructor(ctx: ServiceContext) {
    const rows = ctx.conn.sqlite.prepare('SELECT id, name, short_name AS shortName, tax_number AS taxNumber FROM organisations').all() as Array<{
      id: number
      name: string
      shortName: string | null
      taxNumber: string | null
    }>
    for (const row of rows) this.add(row.id, row.name, row.taxNumber, row.shortName)
  }

  add(id: number, name: string, taxNumber: string | null, shortName: string | null = null): void {
    this.answers.clear()
    const org = { id, name }
    this.byId.set(id, org)
    if (taxNumber) this.byTax.set(taxNumber, org)
    const key = organisationNameKey(name)
    if (key && !this.byName.has(key)) this.byName.set(key, org)
    const shortKey = shortName ? organisationNameKey(shortName) : ''
    if (shortKey && !this.byName.has(shortKey)) this.byName.set(shortKey, org)
  }

  /**
   * Another spelling of a partner's name (the user mapped it, now or for an earlier file): rows that write it
   * so are that partner's. An id no longer in the list is ignored; returns whether the alias applies.
   */
  alias(spelling: string, id: number): boolean {
    return this.aliasKey(organisationNameKey(spelling), id)
  }

  /** The same, by a name key already made (as remembered). */
  aliasKey(key: string, id: number): boolean {
    const org = this.byId.get(id)
    if (!org || !key) return false
    this.answers.clear()
    this.byName.set(key, org)
    return true
  }

  /** Tax number first; else the name. A tax number that names no partner still lets the name decide. */
  resolve(ref: { name: string | null; taxNumber: string | null }): KnownOrganisation | null {
    // A name alone is its own key: building a joined string per row costs more than the lookup it saves.
    const key = ref.taxNumber ? `${ref.taxNumber}\u0000${ref.name ?? ''}` : (ref.name ?? '')
    let answer = this.answers.get(key)
    if (answer === undefined) {
      answer = this.lookUp(ref)
      this.answers.set(key, answer)
    }
    return answer
  }

  private lookUp(ref: { name: string | null; taxNumber: string | null }): KnownOrganisation | null {
    if (ref.taxNumber) {
      const byTax = this.byTax.get(ref.taxNumber)
      if (byTax) return byTax
    }
    const key = ref.name ? organisationNameKey(ref.name) : ''
    return (key && this.byName.get(key)) || null
  }
}

const INSERT_ORGANISATION = `INSERT INTO organisations (name, sector, tax_number, sort_key, search_key, search_text, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

/**
 * Creates the organisations a file names but the partner list lacks (the user asked for it). A nominations or
 * offers file says nothing about the sector: it is the one the user chose for that name, else company, for
 * the officer to correct.
 */
export function organisationCreator(ctx: ServiceContext, index: OrganisationIndex, created: number[], sectorOf: (name: string) => Sector | undefined = () => undefined) {
  const insert = ctx.conn.sqlite.prepare(INSERT_ORGANISATION)
  const now = ctx.now().toISOString()
  return (name: string | null, taxNumber: string | null): number => {
    const found = index.resolve({ name, taxNumber })
    if (found) return found.id
    const orgName = name || taxNumber || ''
    const keys = organisationKeys({ name: orgName, shortName: null, taxNumber, city: null })
    const id = Number(insert.run(orgName, (name && sectorOf(name)) || 'company', taxNumber, keys.sortKey, keys.searchKey, keys.searchText, now, now).lastInsertRowid)
    index.add(id, orgName, taxNumber)
    created.push(id)
    return id
  }
}
