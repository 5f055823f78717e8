import { z } from 'zod'
import type { Sector } from '../domain/enums'
import { directionOf, directionOfGroups, groupOf, SECTOR_GROUPS, type Direction, type SectorGroup } from '../domain/sectors'
import { UserError } from '../errors'

/** The programme's three sides are the sector groups of shared/domain/sectors.ts, the statistics' own. */
export const SIDES = SECTOR_GROUPS
export type Side = SectorGroup
export const sideOf = groupOf

/**
 * The kinds of exchange a round may allow, each meaning exactly what its label says, in the groups and
 * directions the statistics use:
 * - `public-private`: between the public and the private sector, either way (public → private, private → public);
 *   a ministry → NGO exchange is not one of them.
 * - `cross`: between the public sector and any other (private or NGO), either way: the programme's original
 *   cross-sector rule, and the value earlier rounds stored; read as before.
 * - `within-public`, `with-ngos` (an NGO on either side), `within-private`: the directions of the same name.
 */
export const EXCHANGE_KINDS = ['public-private', 'cross', 'within-public', 'with-ngos', 'within-private'] as const
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number]

const KIND_ALLOWS: Record<ExchangeKind, (home: SectorGroup, host: SectorGroup) => boolean> = {
  'public-private': (a, b) => ['publicToPrivate', 'privateToPublic'].includes(directionOfGroups(a, b)),
  cross: (a, b) => (a === 'public') !== (b === 'public'),
  'within-public': (a, b) => directionOfGroups(a, b) === 'withinPublic',
  'with-ngos': (a, b) => directionOfGroups(a, b) === 'withNgos',
  'within-private': (a, b) => directionOfGroups(a, b) === 'withinPrivate',
}

/** Whether a kind of the round's rule allows an exchange from a `home` to a `host` organisation of these groups. */
export function kindAllows(kind: ExchangeKind, home: SectorGroup, host: SectorGroup): boolean {
  return KIND_ALLOWS[kind](home, host)
}

/** The direction of an exchange, as the statistics report it: what a broken sector rule names. */
export function exchangeDirection(home: Sector, host: Sector): Direction {
  return directionOf(home, host)
}

export const DEFAULT_DURATION_DAYS = 5
export const DEFAULT_TEAM_SIZE = 5
export const DEFAULT_NOTICE_WORKING_DAYS = 5

/**
 * The planning rules of one round, stored as JSON in `rounds.rules`. Every field has a default, so an empty
 * object (or no rules at all) means the programme's defaults. Never-at-one's-own-organisation, conflicts of
 * interest, availability and capacity are not switchable: they are what makes a placement possible at all.
 */
export const roundRulesSchema = z
  .object({
    /** Which kinds of exchange are allowed; `EXCHANGE_KINDS` in full means any. */
    sectorKinds: z
      .array(z.enum(EXCHANGE_KINDS))
      .min(1)
      .default(['cross'])
      .transform((kinds) => EXCHANGE_KINDS.filter((k) => kinds.includes(k))),
    /** Length of an exchange in calendar days when a nomination does not say. */
    defaultDurationDays: z.number().int().min(1).max(366).default(DEFAULT_DURATION_DAYS),
    /** Show each organisation's balance of sent and hosted participants (reciprocity); informative only. */
    reciprocity: z.boolean().default(false),
    /** Target size of a mixed team. */
    teamSize: z.number().int().min(2).max(50).default(DEFAULT_TEAM_SIZE),
    /**
     * Working days between today and the earliest day a proposed exchange may start (0: today). Letters have to
     * reach the people and hosts have to prepare, so nothing is planned sooner.
     */
    noticeWorkingDays: z
      .number({ error: 'noticeDays' })
      .int({ error: 'noticeDays' })
      .min(0, { error: 'noticeDays' })
      .max(60, { error: 'noticeDays' })
      .default(DEFAULT_NOTICE_WORKING_DAYS),
  })
  .strict()

export type RoundRules = z.output<typeof roundRulesSchema>
export type RoundRulesInput = z.input<typeof roundRulesSchema>

export const DEFAULT_RULES: RoundRules = roundRulesSchema.parse({})

/** Reads `rounds.rules`; null or empty means the defaults. Bad JSON or a bad field is the user's to fix. */
export function parseRoundRules(json: string | null | undefined): RoundRules {
  if (json === null || json === undefined || json.trim() === '') return DEFAULT_RULES
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    throw new UserError('planning.rulesNotJson')
  }
  const parsed = roundRulesSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new UserError('planning.rulesInvalid', { field: issue.path.join('.') || '-' })
  }
  return parsed.data
}

export function serializeRoundRules(rules: RoundRulesInput): string {
  return JSON.stringify(roundRulesSchema.parse(rules))
}

export function allowsKind(rules: RoundRules, home: Sector, host: Sector): boolean {
  return allowsGroups(rules, groupOf(home), groupOf(host))
}

export function allowsGroups(rules: RoundRules, home: SectorGroup, host: SectorGroup): boolean {
  return rules.sectorKinds.some((kind) => kindAllows(kind, home, host))
}
