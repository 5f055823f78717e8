import { and, eq, ne, or } from 'drizzle-orm'
import { organisations } from '../../../db/schema'
import type { DuplicateCandidate } from '../../../shared/domain/partners'
import { normaliseTaxNumber, organisationNameKey } from '../../../shared/text'
import type { ServiceContext } from '../context'

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * Organisations that are probably the one being entered: the same tax number, or a name that is the same once
 * case, diacritics and legal form are ignored (one typo allowed in names of ten letters or more).
 */
export function findDuplicates(
  ctx: ServiceContext,
  input: { name: string; taxNumber?: string | null; excludeId?: number },
): DuplicateCandidate[] {
  const key = organisationNameKey(input.name)
  const taxNumber = input.taxNumber ? normaliseTaxNumber(input.taxNumber) : null
  if (key === '' && !taxNumber) return []
  const notSelf = input.excludeId ? ne(organisations.id, input.excludeId) : undefined
  const db = ctx.conn.orm
  const exact = db
    .select({ id: organisations.id, name: organisations.name, taxNumber: organisations.taxNumber, searchKey: organisations.searchKey })
    .from(organisations)
    .where(and(notSelf, or(key ? eq(organisations.searchKey, key) : undefined, taxNumber ? eq(organisations.taxNumber, taxNumber) : undefined)))
    .all()
  const found = new Map<number, DuplicateCandidate>()
  for (const row of exact) {
    const reason = taxNumber && row.taxNumber === taxNumber ? 'taxNumber' : 'name'
    found.set(row.id, { id: row.id, name: row.name, taxNumber: row.taxNumber, reason })
  }
  if (key.length >= 10) {
    const everyone = db
      .select({ id: organisations.id, name: organisations.name, taxNumber: organisations.taxNumber, searchKey: organisations.searchKey })
      .from(organisations)
      .where(notSelf)
      .all()
    for (const row of everyone) {
      if (!found.has(row.id) && editDistance(key, row.searchKey, 1) <= 1)
        found.set(row.id, { id: row.id, name: row.name, taxNumber: row.taxNumber, reason: 'name' })
    }
  }
  return [...found.values()].sort((a, b) => (a.reason === b.reason ? a.name.localeCompare(b.name, 'sl') : a.reason === 'taxNumber' ? -1 : 1))
}
