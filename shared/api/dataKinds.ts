/**
 * What the stored data is made of, as the screens show it. Every call of the contract says which kinds it reads or
 * changes; after a change the renderer refreshes every query that reads one of the changed kinds, whatever screen
 * it belongs to.
 */
export const DATA_KINDS = ['partners', 'rounds', 'nominations', 'placements', 'teams', 'letters', 'templates', 'settings', 'imports', 'backups', 'audit'] as const
export type DataKind = (typeof DATA_KINDS)[number]

/** A call that only reads (its result may be cached), or one that changes stored data (and so the caches). */
export type CallEffect = { readonly reads: readonly DataKind[] } | { readonly changes: readonly DataKind[] }

/** Every kind: what a restore or the demo load replaces, and what the app's overview counts. */
export const ALL_KINDS: readonly DataKind[] = DATA_KINDS

/** The kinds a call changes; every change is audited, so a call that changes anything changes the audit log too. */
export function changedKinds(effect: CallEffect): DataKind[] {
  if (!('changes' in effect)) return []
  return [...new Set<DataKind>([...effect.changes, 'audit'])]
}

/** The kinds a query reads (none for a call that changes data: its result is not cached). */
export function readKinds(effect: CallEffect): readonly DataKind[] {
  return 'reads' in effect ? effect.reads : []
}
