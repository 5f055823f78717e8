import type { FieldValue } from '../../../../shared/import/fields'
import type { PreviewRow } from '../../../../shared/import/types'
import type { ServiceContext } from '../../context'
import { organisationKeys } from '../../partners/keys'
import { recordUpdate } from './batches'
import { contactFinder } from './contacts'
import type { ImportWorld } from './prepare'
import type { WriteResult } from './writeNominations'

const str = (v: FieldValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null)

/** Field → column of the organisation fields a partner list may set. */
const FIELD_NAMES = ['name', 'shortName', 'sector', 'taxNumber', 'registrationNumber', 'street', 'postcode', 'city', 'website', 'partnerSince', 'status']
const COLUMNS: Record<string, string> = Object.fromEntries(FIELD_NAMES.map((f) => [f, f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]))
const FIELDS = Object.keys(COLUMNS)

const INSERT = `INSERT INTO organisations (${FIELDS.map((f) => COLUMNS[f]).join(', ')}, sort_key, search_key, search_text, created_at, updated_at)
  VALUES (${FIELDS.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`

/**
 * Writes a partner list: new organisations are created, known ones (same tax number or name) get the changed
 * fields, and a contact person is added where the organisation does not have them yet.
 */
export function writePartners(ctx: ServiceContext, world: ImportWorld, rows: PreviewRow[]): WriteResult & { createdContacts: number[] } {
  const db = ctx.conn.sqlite
  const result = { inserted: 0, updated: 0, createdPeople: [], createdOrganisations: [] as number[], createdContacts: [] as number[], updates: [] as WriteResult['updates'] }
  const insert = db.prepare(INSERT)
  const contactFor = contactFinder(ctx, result.createdContacts)
  const now = ctx.now().toISOString()
  const seen = new Set<string>()
  for (const row of rows) {
    const v = row.values
    let id = row.key ? world.partnersByKey.get(row.key) : undefined
    if (id === undefined) {
      const values = FIELDS.map((f) => (f === 'partnerSince' ? (typeof v[f] === 'number' ? v[f] : null) : f === 'status' ? (str(v[f]) ?? 'active') : str(v[f])))
      const keys = organisationKeys({ name: str(v.name)!, shortName: str(v.shortName), taxNumber: str(v.taxNumber), city: str(v.city) })
      id = Number(insert.run(...values, keys.sortKey, keys.searchKey, keys.searchText, now, now).lastInsertRowid)
      world.organisations.add(id, str(v.name)!, str(v.taxNumber), str(v.shortName))
      if (row.key) world.partnersByKey.set(row.key, id)
      result.createdOrganisations.push(id)
      result.inserted++
    } else if (row.existing && row.existing.changes.length > 0) {
      const changes = row.existing.changes.filter((c) => c.field in COLUMNS)
      const before = db.prepare(`SELECT ${FIELDS.map((f) => COLUMNS[f]).join(', ')}, sort_key, search_key, search_text, updated_at FROM organisations WHERE id = ?`).get(id) as Record<string, unknown>
      recordUpdate(result.updates, seen, { table: 'organisations', id, before })
      const after = { ...before, ...Object.fromEntries(changes.map((c) => [COLUMNS[c.field]!, c.to])) } as Record<string, string | null>
      const keys = organisationKeys({ name: after.name!, shortName: after.short_name ?? null, taxNumber: after.tax_number ?? null, city: after.city ?? null })
      const set = [...changes.map((c) => `${COLUMNS[c.field]} = ?`), 'sort_key = ?', 'search_key = ?', 'search_text = ?', 'updated_at = ?']
      db.prepare(`UPDATE organisations SET ${set.join(', ')} WHERE id = ?`).run(...changes.map((c) => c.to), keys.sortKey, keys.searchKey, keys.searchText, now, id)
      result.updated++
    } else result.updated++
    contactFor(id, { name: str(v.contactName), email: str(v.contactEmail), phone: str(v.contactPhone) }, 'coordinator')
  }
  return result
}
