import { PUBLIC_SECTORS, type PlacementStatus, type Sector } from '../domain/enums'

/**
 * What the statistics count, stated once. The SQL in electron/services/stats follows these constants, the
 * screen and the workbook's cover sheet show the definitions from the catalogue (keys below), and the tests
 * check the figures against them.
 */

/** Placements that count: agreed or done. Proposed ones are still plans; withdrawn ones did not happen. */
export const COUNTED_STATUSES: readonly PlacementStatus[] = ['confirmed', 'completed']

/**
 * The direction of an exchange, from the sectors stored on the placement. The five directions split every
 * placement exactly once, so they add up to the participant total. NGO involvement wins over the rest:
 * an exchange between a ministry and an NGO is reported "with NGOs", not "public → private".
 * Associations (chambers, business and interest associations) speak for employers and count as private;
 * civil-society associations are recorded with the NGO sector.
 */
export const DIRECTIONS = ['publicToPrivate', 'privateToPublic', 'withinPublic', 'withNgos', 'withinPrivate'] as const
export type Direction = (typeof DIRECTIONS)[number]

export const NGO_SECTOR: Sector = 'ngo'
export const PRIVATE_SECTORS: readonly Sector[] = ['company', 'association']

export function isPublicSector(sector: string): boolean {
  return (PUBLIC_SECTORS as readonly string[]).includes(sector)
}

/** The rule in TypeScript, for the detail sheet and the tests; the queries use the same rule in SQL. */
export function directionOf(homeSector: string, hostSector: string): Direction {
  if (homeSector === NGO_SECTOR || hostSector === NGO_SECTOR) return 'withNgos'
  const homePublic = isPublicSector(homeSector)
  const hostPublic = isPublicSector(hostSector)
  if (homePublic && hostPublic) return 'withinPublic'
  if (homePublic) return 'publicToPrivate'
  if (hostPublic) return 'privateToPublic'
  return 'withinPrivate'
}

/** Rules that apply to every figure; shown first among the definitions. */
export const GENERAL_RULES = ['counted', 'year', 'round', 'sector', 'publicSector', 'direction'] as const

/** Every figure, in the order the cover sheet lists them. Label: `stats.figure.<id>`, definition: `stats.definition.<id>`. */
export const FIGURES = [
  'participants',
  'people',
  'byHomeSector',
  'byDirection',
  'byGender',
  'byDriver',
  'organisations',
  'newPartners',
  'sendingHosting',
  'reciprocity',
  'personDaysPlanned',
  'personDaysActual',
  'averageLength',
  'challenges',
  'mixedTeams',
  'workshops',
  'attendance',
  'ratings',
  'responses',
  'growth',
  'growthFactor',
] as const
export type FigureId = (typeof FIGURES)[number]

export const figureLabelKey = (id: FigureId): string => `stats.figure.${id}`
export const figureDefinitionKey = (id: FigureId): string => `stats.definition.${id}`
export const ruleLabelKey = (id: (typeof GENERAL_RULES)[number]): string => `stats.rule.${id}`
export const ruleDefinitionKey = (id: (typeof GENERAL_RULES)[number]): string => `stats.ruleDefinition.${id}`
export const directionKey = (direction: Direction): string => `stats.direction.${direction}`
