import { organisationNameKey } from '../../../../shared/text'
import type { ServiceContext } from '../../context'
import { readSetting, writeSetting } from '../../settings/settings'
import type { OrganisationIndex } from './organisations'

/**
 * Names a file gives an organisation that the partner list knows by another name ("ACME Slovenija" for
 * "ACME d.o.o."), mapped by the user to a partner: remembered by name key (case, diacritics and legal form
 * ignored), so the next file that spells it so matches without asking.
 */
const ALIASES_KEY = 'import.organisationAliases'

type Aliases = Record<string, number>

function remembered(ctx: ServiceContext): Aliases {
  const value = readSetting<unknown>(ctx, ALIASES_KEY, {})
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Aliases) : {}
}

/** Teaches the index the remembered names, then the user's choices for this file (which win). */
export function applyOrganisationAliases(ctx: ServiceContext, index: OrganisationIndex, chosen: Record<string, number | null> = {}): void {
  for (const [key, id] of Object.entries(remembered(ctx))) if (typeof id === 'number') index.alias(key, id)
  for (const [name, id] of Object.entries(chosen)) if (id !== null) index.alias(organisationNameKey(name), id)
}

/** Call inside the import's transaction: the names are remembered only when the import went through. */
export function rememberOrganisationAliases(ctx: ServiceContext, chosen: Record<string, number | null> = {}): void {
  const entries = Object.entries(chosen).filter((e): e is [string, number] => e[1] !== null)
  if (entries.length === 0) return
  const aliases = remembered(ctx)
  for (const [name, id] of entries) {
    const key = organisationNameKey(name)
    if (key) aliases[key] = id
  }
  writeSetting(ctx, ALIASES_KEY, aliases)
}
