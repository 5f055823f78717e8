import { z } from 'zod'
import type { Sector } from '../domain/enums'
import { UserError } from '../errors'

/**
 * The programme's three sides. Associations (chambers, business associations) sit with companies: the
 * programme's statistics count exchanges with them as public↔private, and only NGOs form a kind of their own.
 */
export const SIDES = ['public', 'private', 'ngo'] as const
export type Side = (typeof SIDES)[number]

const SIDE_OF: Record<Sector, Side> = {
  ministry: 'public',
  'public-body': 'public',
  company: 'private',
  association: 'private',
  ngo: 'ngo',
}

export function sideOf(sector: Sector): Side {
  return SIDE_OF[sector]
}

/**
 * The kinds of exchange a round may allow. `cross` is the programme's original public ↔ non-public exchange
 * (NGOs included, as they are outside the public sector); the others are the kinds added later.
 */
export const EXCHANGE_KINDS = ['cross', 'within-public', 'with-ngos', 'within-private'] as const
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number]

export function exchangeKind(home: Sector, host: Sector): ExchangeKind {
  const a = sideOf(home)
  const b = sideOf(host)
  if ((a === 'public') !== (b === 'public')) return 'cross'
  if (a === 'public') return 'within-public'
  return a === 'ngo' || b === 'ngo' ? 'with-ngos' : 'within-private'
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
  return rules.sectorKinds.includes(exchangeKind(home, host))
}
