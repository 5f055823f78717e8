import { PUBLIC_SECTORS, type PlacementStatus, type Sector } from '../domain/enums'
import { SECTORS_OF_GROUP, type Direction } from '../domain/sectors'

/**
 * What the statistics count, stated once. The SQL in electron/services/stats follows these constants, the
 * screen and the workbook's cover sheet show the definitions from the catalogue (keys below), and the tests
 * check the figures against them.
 */

/** Placements that count: agreed or done. Proposed ones are still plans; withdrawn ones did not happen. */
export const COUNTED_STATUSES: readonly PlacementStatus[] = ['confirmed', 'completed']

/**
 * The direction of an exchange, from the sectors stored on the placement: the shared vocabulary of
 * shared/domain/sectors.ts, which the round rules and the planner use too. The five directions split every
 * placement exactly once, so they add up to the participant total.
 */
export { DIRECTIONS, directionOf, type Direction } from '../domain/sectors'

export const NGO_SECTOR: Sector = SECTORS_OF_GROUP.ngo[0]!
export const PRIVATE_SECTORS: readonly Sector[] = SECTORS_OF_GROUP.private

export function isPublicSector(sector: string): boolean {
  return (PUBLIC_SECTORS as readonly string[]).includes(sector)
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
