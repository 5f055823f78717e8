import type { Sector } from '../../../../shared/domain/enums'
import { organisationNameKey } from '../../../../shared/text'
import type { FieldValue } from '../../../../shared/import/fields'
import { IMPORT_PROFILES } from '../../../../shared/import/profiles'
import { headerKey } from '../../../../shared/import/headerKey'
import type { ImportPreview } from '../../../../shared/import/types'
import type { ServiceContext } from '../../context'
import { erasureLookup } from '../../privacy/erasures'
import type { ImportHooks } from '../hooks'
import { previewImportBytes } from '../preview'
import { loadFile } from '../readWorkbook'
import type { BatchKind } from './batches'
import { existingNominations, existingOffers, type ExistingNomination } from './existing'
import { loadRememberedMapping, loadRememberedOrganisations } from './mappingMemory'
import { OrganisationIndex } from './organisations'

const PARTNER_VALUES = `SELECT name, short_name AS shortName, sector, tax_number AS taxNumber, registration_number AS registrationNumber,
  street, postcode, city, website, partner_since AS partnerSince, status FROM organisations WHERE id = ?`

/** What the user chose for one file: everything the preview and the import depend on. */
export interface ImportRequest {
  kind: BatchKind
  /** Nominations and offers belong to a round. */
  roundId: number | null
  sheet?: string
  headerRow?: number
  /** Column letter → field: the user's corrections of the suggested mapping. */
  mapping?: Record<string, string | null>
  createOrganisations?: boolean
  /** Unknown organisations by their name as written: mapped to a partner, or created in a sector. */
  organisations?: Record<string, OrganisationChoice>
  /** Import people whose data was erased anyway (an explicit choice; without it their rows are errors). */
  allowErased?: boolean
}

export type OrganisationChoice = { partner: number } | { create: Sector }

/** The database as the preview saw it, kept for the import so both decide alike. */
export interface ImportWorld {
  organisations: OrganisationIndex
  existing: Map<string, ExistingNomination>
  partnersByKey: Map<string, number>
  hooks: ImportHooks
  /** The sector chosen for an organisation the import creates (by its name, case, diacritics and legal form aside). */
  sectorOf: (name: string) => Sector | undefined
  /** The user's mappings of names to partners in this import, remembered when it goes through. */
  mapped: Record<string, number>
}

export function loadWorld(ctx: ServiceContext, request: ImportRequest): ImportWorld {
  const organisations = new OrganisationIndex(ctx)
  const existing = request.kind === 'nominations' && request.roundId !== null ? existingNominations(ctx, request.roundId) : new Map<string, ExistingNomination>()
  const partnersByKey = new Map<string, number>()
  const hooks: ImportHooks = { createOrganisations: request.createOrganisations ?? false }
  // A spelling remembered for every file, then the user's choices for this one (which may change it).
  for (const [key, id] of Object.entries(loadRememberedOrganisations(ctx))) organisations.aliasKey(key, id)
  const mapped: Record<string, number> = {}
  const sectors = new Map<string, Sector>()
  for (const [name, choice] of Object.entries(request.organisations ?? {})) {
    if ('partner' in choice) {
      if (organisations.alias(name, choice.partner)) mapped[name] = choice.partner
    } else sectors.set(organisationNameKey(name), choice.create)
  }
  // By name key, like the partner list: the choice holds for every spelling of the name in the file.
  hooks.creates = (name) => sectors.has(organisationNameKey(name))
  const sectorOf = (name: string) => sectors.get(organisationNameKey(name))
  if (request.kind === 'partners') {
    const readPartner = ctx.conn.sqlite.prepare(PARTNER_VALUES)
    // A partner row is matched to the list itself: a known organisation is an update, not a duplicate.
    hooks.findExisting = (key) => {
      const [kind, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
      const org = kind === 'tax' ? organisations.resolve({ name: null, taxNumber: value }) : organisations.resolve({ name: value, taxNumber: null })
      if (!org) return null
      partnersByKey.set(key, org.id)
      return { id: org.id, values: readPartner.get(org.id) as Record<string, FieldValue> }
    }
  } else {
    hooks.resolveOrganisation = (ref) => organisations.resolve(ref)
    if (request.kind === 'nominations') {
      hooks.findExisting = (key) => existing.get(key) ?? null
      hooks.erasedOn = erasureLookup(ctx)
      hooks.allowErased = request.allowErased ?? false
    }
    if (request.kind === 'offers' && request.roundId !== null) {
      const offers = existingOffers(ctx, request.roundId)
      hooks.findExisting = (key) => offers.get(key) ?? null
    }
  }
  return { organisations, existing, partnersByKey, hooks, sectorOf, mapped }
}

/** The organisation most rows come from: whose remembered mapping applies. */
export function sendingOrganisation(preview: ImportPreview): number | null {
  const counts = new Map<number, number>()
  for (const row of preview.rows) if (row.organisationId) counts.set(row.organisationId, (counts.get(row.organisationId) ?? 0) + 1)
  let best: number | null = null
  for (const [id, count] of counts) if (best === null || count > counts.get(best)!) best = id
  return best
}

export const mappingSender = (kind: BatchKind, preview: ImportPreview): number | string | null =>
  kind === 'nominations' ? sendingOrganisation(preview) : kind

function differs(preview: ImportPreview, remembered: Record<string, string | null>): boolean {
  return preview.mapping.some((c) => c.header && headerKey(c.header) in remembered && remembered[headerKey(c.header)] !== c.field)
}

/**
 * The preview of a file against the database: organisations resolved, people already in the round found.
 * When the sender's mapping was remembered and the user has not chosen one, it is applied (the file is read
 * again: the sender is only known once its rows are).
 */
export async function previewForDatabase(
  ctx: ServiceContext,
  file: { path: string } | { bytes: Uint8Array; fileName: string },
  request: ImportRequest,
): Promise<{ preview: ImportPreview; world: ImportWorld }> {
  const { bytes, fileName } = 'path' in file ? await loadFile(file.path) : file
  const profile = IMPORT_PROFILES[request.kind]
  const options = { sheet: request.sheet, headerRow: request.headerRow, mapping: request.mapping }
  let world = loadWorld(ctx, request)
  let preview = await previewImportBytes(bytes, fileName, profile, { ...options, hooks: world.hooks })
  if (!request.mapping) {
    const sender = mappingSender(request.kind, preview)
    const remembered = sender === null ? undefined : loadRememberedMapping(ctx, sender)
    if (remembered && differs(preview, remembered)) {
      world = loadWorld(ctx, request)
      preview = await previewImportBytes(bytes, fileName, profile, { ...options, remembered, hooks: world.hooks })
    }
  }
  return { preview, world }
}
