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
