import { and, asc, desc, inArray, sql, type SQL } from 'drizzle-orm'
import { organisations } from '../../../db/schema'
import type { PartnerListQuery } from '../../../shared/api/partners'
import { partnerListQuery } from '../../../shared/api/partners'
import type { OrganisationRow } from '../../../shared/domain/partners'
import { fold } from '../../../shared/text'
import type { ServiceContext } from '../context'

const rowColumns = {
  id: organisations.id,
  name: organisations.name,
  shortName: organisations.shortName,
  sector: organisations.sector,
  taxNumber: organisations.taxNumber,
  city: organisations.city,
  partnerSince: organisations.partnerSince,
  status: organisations.status,
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`)
}

/** Every word of the query must appear somewhere in the folded name, short name, tax number or city. */
function searchCondition(search: string | undefined): SQL | undefined {
  const words = fold(search ?? '').split(' ').filter(Boolean)
  if (words.length === 0) return undefined
  return and(...words.map((w) => sql`${organisations.searchText} LIKE ${`%${escapeLike(w)}%`} ESCAPE '\\'`))
}

export function listOrganisations(ctx: ServiceContext, input: PartnerListQuery): { total: number; rows: OrganisationRow[] } {
  const q = partnerListQuery.parse(input)
  const where = and(
    searchCondition(q.search),
    q.sectors?.length ? inArray(organisations.sector, q.sectors) : undefined,
    q.statuses?.length ? inArray(organisations.status, q.statuses) : undefined,
  )
  const dir = q.sortDir === 'asc' ? asc : desc
  const byName = dir(organisations.sortKey)
  const order: SQL[] = {
    name: [byName],
    sector: [dir(organisations.sector), asc(organisations.sortKey)],
    city: [q.sortDir === 'asc' ? sql`sl_key(${organisations.city}) ASC` : sql`sl_key(${organisations.city}) DESC`, asc(organisations.sortKey)],
    partnerSince: [dir(organisations.partnerSince), asc(organisations.sortKey)],
    status: [dir(organisations.status), asc(organisations.sortKey)],
  }[q.sortBy]
  const db = ctx.conn.orm
  const total = db.select({ n: sql<number>`count(*)` }).from(organisations).where(where).get()?.n ?? 0
  const rows = db
    .select(rowColumns)
    .from(organisations)
    .where(where)
    .orderBy(...order, asc(organisations.id))
    .limit(q.limit)
    .offset(q.offset)
    .all()
  return { total, rows }
}

