import { organisationNameKey } from '../../../../shared/text'
import type { ServiceContext } from '../../context'

/** Settings key of the mapping remembered for a sender (an organisation id, or the profile for partner lists). */
export const mappingKey = (sender: number | string) => `import.mapping.${sender}`

export function loadRememberedMapping(ctx: ServiceContext, sender: number | string): Record<string, string | null> | undefined {
  const row = ctx.conn.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(mappingKey(sender)) as { value: string } | undefined
  if (!row) return undefined
  try {
    const parsed: unknown = JSON.parse(row.value)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string | null>) : undefined
  } catch {
    return undefined
  }
}

/** Call inside the import's transaction: the mapping is remembered only when the import went through. */
export function rememberMapping(ctx: ServiceContext, sender: number | string, mapping: Record<string, string | null>): void {
  ctx.conn.sqlite
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(mappingKey(sender), JSON.stringify(mapping))
}

/** Settings key of the organisation names the user mapped to partners: name key → partner id, for every sender. */
const ORGANISATION_NAMES = 'import.organisationNames'

/** Spellings mapped to partners by earlier imports (name key → organisation id). */
export function loadRememberedOrganisations(ctx: ServiceContext): Record<string, number> {
  const row = ctx.conn.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(ORGANISATION_NAMES) as { value: string } | undefined
  if (!row) return {}
  try {
    const parsed: unknown = JSON.parse(row.value)
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {}
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => Number.isInteger(e[1])))
  } catch {
    return {}
  }
}

/** Call inside the import's transaction: the spellings are remembered only when the import went through. */
export function rememberOrganisations(ctx: ServiceContext, mapped: Record<string, number>): void {
  const entries = Object.entries(mapped).map(([name, id]) => [organisationNameKey(name), id] as const).filter(([key]) => key !== '')
  if (entries.length === 0) return
  const merged = { ...loadRememberedOrganisations(ctx), ...Object.fromEntries(entries) }
  ctx.conn.sqlite
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(ORGANISATION_NAMES, JSON.stringify(merged))
}
