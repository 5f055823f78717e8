import { organisationNameKey } from '../../../../shared/text'
import type { ServiceContext } from '../../context'

/** Settings key of the mapping remembered for a sender (an organisation id, or the profile for partner lists). */
export const mappingKey = (sender: number | string) => `import.mapping.${sender}`

/** A JSON object kept in settings; anything else (missing, damaged) reads as undefined. */
function readObject(ctx: ServiceContext, key: string): Record<string, unknown> | undefined {
  const row = ctx.conn.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
  if (!row) return undefined
  try {
    const parsed: unknown = JSON.parse(row.value)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

function writeObject(ctx: ServiceContext, key: string, value: Record<string, unknown>): void {
  ctx.conn.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value))
}

export function loadRememberedMapping(ctx: ServiceContext, sender: number | string): Record<string, string | null> | undefined {
  return readObject(ctx, mappingKey(sender)) as Record<string, string | null> | undefined
}

/** Call inside the import's transaction: the mapping is remembered only when the import went through. */
export function rememberMapping(ctx: ServiceContext, sender: number | string, mapping: Record<string, string | null>): void {
  writeObject(ctx, mappingKey(sender), mapping)
}

/** Settings key of the organisation names the user mapped to partners: name key → partner id, for every sender. */
const ORGANISATION_NAMES = 'import.organisationNames'

/** Spellings mapped to partners by earlier imports (name key → organisation id). */
export function loadRememberedOrganisations(ctx: ServiceContext): Record<string, number> {
  return Object.fromEntries(Object.entries(readObject(ctx, ORGANISATION_NAMES) ?? {}).filter((e): e is [string, number] => Number.isInteger(e[1])))
}

/** Call inside the import's transaction: the spellings are remembered only when the import went through. */
export function rememberOrganisations(ctx: ServiceContext, mapped: Record<string, number>): void {
  const entries = Object.entries(mapped).map(([name, id]) => [organisationNameKey(name), id] as const).filter(([key]) => key !== '')
  if (entries.length === 0) return
  const merged = { ...loadRememberedOrganisations(ctx), ...Object.fromEntries(entries) }
  writeObject(ctx, ORGANISATION_NAMES, merged)
}
