import type { Sector } from './enums'

/**
 * The one vocabulary of sectors and directions, used by the round rules, the planner, the statistics and the
 * workbook alike, so a word means the same on every screen.
 *
 * Groups: the public sector is ministries and other public bodies; the private sector is companies and chambers
 * and associations (they speak for employers; civil-society associations are recorded as NGOs); NGOs form a
 * group of their own.
 */
export const SECTOR_GROUPS = ['public', 'private', 'ngo'] as const
export type SectorGroup = (typeof SECTOR_GROUPS)[number]

export const SECTORS_OF_GROUP: Record<SectorGroup, readonly Sector[]> = {
  public: ['ministry', 'public-body'],
  private: ['company', 'association'],
  ngo: ['ngo'],
}

const GROUP_OF: Record<Sector, SectorGroup> = {
  ministry: 'public',
  'public-body': 'public',
  company: 'private',
  association: 'private',
  ngo: 'ngo',
}

export function groupOf(sector: Sector): SectorGroup {
  return GROUP_OF[sector]
}

/**
 * The direction of an exchange, from the home and host organisations' groups. The five directions split every
 * pair exactly once. NGO involvement wins over the rest: a ministry → NGO exchange is "with NGOs", not
 * "public → private".
 */
export const DIRECTIONS = ['publicToPrivate', 'privateToPublic', 'withinPublic', 'withNgos', 'withinPrivate'] as const
export type Direction = (typeof DIRECTIONS)[number]

export function directionOfGroups(home: SectorGroup, host: SectorGroup): Direction {
  if (home === 'ngo' || host === 'ngo') return 'withNgos'
  if (home === 'public') return host === 'public' ? 'withinPublic' : 'publicToPrivate'
  return host === 'public' ? 'privateToPublic' : 'withinPrivate'
}

/** The direction of an exchange between organisations of these sectors (an unknown sector counts as private). */
export function directionOf(homeSector: string, hostSector: string): Direction {
  const group = (s: string): SectorGroup => GROUP_OF[s as Sector] ?? 'private'
  return directionOfGroups(group(homeSector), group(hostSector))
}
