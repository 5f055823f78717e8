import type { FieldValue } from '../../../../shared/import/fields'
import type { FieldChange, PreviewRow } from '../../../../shared/import/types'
import type { ServiceContext } from '../../context'
import { recordUpdate, type UpdatedRecord } from './batches'
import { contactFinder } from './contacts'
import { organisationCreator } from './organisations'
import type { ImportWorld } from './prepare'
import type { WriteResult } from './writeNominations'

const str = (v: FieldValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null)

const INSERT = `INSERT INTO offers (round_id, organisation_id, places, available_from, available_to, department, mentor_contact_id, languages, import_batch_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`

/** Writes the host organisations' offers of places; the mentor is found among the host's contacts or added as one. */
export function writeOffers(ctx: ServiceContext, world: ImportWorld, rows: PreviewRow[], roundId: number, batchId: number): WriteResult & { createdContacts: number[] } {
  const result = { inserted: 0, updated: 0, createdPeople: [], createdOrganisations: [] as number[], createdContacts: [] as number[], updates: [] as UpdatedRecord[] }
  const insert = ctx.conn.sqlite.prepare(INSERT)
  const organisationFor = organisationCreator(ctx, world.organisations, result.createdOrganisations, world.sectorOf)
  const mentorFor = contactFinder(ctx, result.createdContacts)
  const seen = new Set<string>()
  for (const row of rows) {
    const v = row.values
    if (row.existing) {
      updateOffer(ctx, row.existing.id, row.existing.changes, result.updates, seen)
      result.updated++
      continue
    }
    const organisationId = row.organisationId ?? organisationFor(str(v.organisation), str(v.taxNumber))
    const mentor = mentorFor(organisationId, { name: str(v.mentorName), email: str(v.mentorEmail) }, 'mentor')
    insert.run(roundId, organisationId, v.places as number, str(v.from), str(v.to), str(v.department), mentor, str(v.languages), batchId)
    result.inserted++
  }
  return result
}

const OFFER_COLUMNS: Record<string, string> = { places: 'places', from: 'available_from', to: 'available_to', department: 'department', languages: 'languages' }

/** A corrected offer: the changed fields are written, the earlier ones kept for undo. */
function updateOffer(ctx: ServiceContext, id: number, changes: FieldChange[], updates: UpdatedRecord[], seen: Set<string>): void {
  const mine = changes.filter((c) => c.field in OFFER_COLUMNS)
  if (mine.length === 0) return
  const columns = mine.map((c) => OFFER_COLUMNS[c.field]!)
  const before = ctx.conn.sqlite.prepare(`SELECT ${columns.join(', ')} FROM offers WHERE id = ?`).get(id) as Record<string, unknown>
  recordUpdate(updates, seen, { table: 'offers', id, before })
  ctx.conn.sqlite.prepare(`UPDATE offers SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...mine.map((c) => c.to), id)
}
