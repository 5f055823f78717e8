import type { Query, QueryClient, QueryKey } from '@tanstack/query-core'
import { contract } from '../../../shared/api'
import { changedKinds, readKinds, type DataKind } from '../../../shared/api/dataKinds'
import { callEffects, type CallSpec } from '../../../shared/api/define'
import type { z } from 'zod'

const EFFECTS = callEffects(contract)

/**
 * A query key for a call of the contract: the channel first, then what narrows it (round, filters …). The channel
 * tags the query with the data kinds the call reads, which is how a change anywhere finds every view of it.
 */
export function callKey<const Rest extends readonly unknown[]>(spec: CallSpec<z.ZodType, unknown>, ...rest: Rest): readonly [string, ...Rest] {
  return [spec.channel, ...rest] as const
}

/** The kinds a cached query reads; a key that names no read call of the contract counts as reading everything. */
export function queryReads(key: QueryKey): readonly DataKind[] | 'everything' {
  const effect = typeof key[0] === 'string' ? EFFECTS.get(key[0]) : undefined
  return effect && 'reads' in effect ? readKinds(effect) : 'everything'
}

/** What a successful call changed (none for a read). */
export function changesOf(channel: string): DataKind[] {
  const effect = EFFECTS.get(channel)
  return effect ? changedKinds(effect) : []
}

export const readsAny = (query: Pick<Query, 'queryKey'>, kinds: readonly DataKind[]): boolean => {
  const reads = queryReads(query.queryKey)
  return reads === 'everything' || reads.some((k) => kinds.includes(k))
}

/**
 * After a change: every shown query that reads a changed kind is fetched again (the promise waits for them), and
 * every cached one that is not shown is dropped, so a screen opened later never starts from what was true before.
 */
export async function refreshChanged(client: QueryClient, kinds: readonly DataKind[]): Promise<void> {
  if (kinds.length === 0) return
  const cache = client.getQueryCache()
  for (const query of cache.findAll({ predicate: (q) => readsAny(q, kinds) && q.getObserversCount() === 0 })) cache.remove(query)
  await client.invalidateQueries({ predicate: (q) => readsAny(q, kinds) })
}
