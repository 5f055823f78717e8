import type { OrganisationBalance, ProposedPlacement } from '../../../shared/planning/types'

/**
 * Reciprocity: per organisation, how many of its people a plan sends out and how many it hosts (an
 * organisation that sends should also host). Informative only; organisations with neither are left out, and
 * rows are ordered by organisation id so the output is stable.
 */
export function reciprocityBalance(placements: ReadonlyArray<Pick<ProposedPlacement, 'homeOrganisationId' | 'hostOrganisationId'>>): OrganisationBalance[] {
  const rows = new Map<number, OrganisationBalance>()
  const row = (id: number) => {
    let r = rows.get(id)
    if (!r) rows.set(id, (r = { organisationId: id, sent: 0, hosted: 0, balance: 0 }))
    return r
  }
  for (const p of placements) {
    row(p.homeOrganisationId).sent++
    row(p.hostOrganisationId).hosted++
  }
  for (const r of rows.values()) r.balance = r.hosted - r.sent
  return [...rows.values()].sort((a, b) => a.organisationId - b.organisationId)
}
