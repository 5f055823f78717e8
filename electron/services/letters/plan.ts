import { format } from 'date-fns'
import type { Language, PlacementStatus } from '../../../shared/domain/enums'
import type { ExistingLetters, LetterKindChoice, LetterLanguageChoice } from '../../../shared/domain/letters'
import { UserError } from '../../../shared/errors'
import { PLACEMENT_LETTER_KINDS, type LetterData, type LetterKind } from '../../../shared/letters/types'
import type { ServiceContext } from '../context'
import { loadPlacementSources, ministryData, roundExists, roundPlacementIds, type PlacementLetterSource } from './data'

export interface LettersRequest {
  roundId: number
  /** Only these placements (they must belong to the round); otherwise every placement that still needs the letter. */
  placementIds?: number[]
  kind: LetterKindChoice
  lang: LetterLanguageChoice
  /**
   * A letter of the same placement and kind issued before: refused (the default for chosen placements), left out
   * (the default for a whole round), or issued again with the officer's reason.
   */
  existing?: ExistingLetters
  /** The officer was told that some placements have already started and asked for their letters anyway. */
  started?: boolean
}

export interface PlannedLetter {
  placementId: number
  kind: LetterKind
  language: Language
  data: Omit<LetterData, 'letter'>
  /** The letter this one replaces (same placement and kind), and why; null for a first letter. */
  reissueOf: { id: number; reference: string; reason: string } | null
}

export const kindsOf = (choice: LetterKindChoice): LetterKind[] => (choice === 'all' ? [...PLACEMENT_LETTER_KINDS] : [choice])
export const languageOf = (choice: LetterLanguageChoice, source: PlacementLetterSource, kind: LetterKind): Language =>
  choice === 'auto' ? source.languages[kind] : choice

/** Whose letters a whole round gets: placement letters before the exchange, certificates after it. */
const roundStatuses = (choice: LetterKindChoice): PlacementStatus[] => (choice === 'certificate' ? ['completed'] : ['confirmed'])

const NAMES_SHOWN = 5
/** The first few names, and how many more ("+3"), so the sentence that follows reads on after them. */
const listNames = (names: string[]) => names.slice(0, NAMES_SHOWN).join(', ') + (names.length > NAMES_SHOWN ? `, … (+${names.length - NAMES_SHOWN})` : '')
const slDate = (iso: string) => format(new Date(`${iso}T00:00:00`), 'd. M. yyyy')

/** The newest letter of each placement and kind among these placements. */
function issuedLetters(ctx: ServiceContext, ids: number[]): Map<string, { id: number; reference: string }> {
  const rows = ctx.conn.sqlite
    .prepare(
      `SELECT l.placement_id AS placementId, l.kind, l.id, l.reference FROM letters l
       WHERE l.id IN (SELECT max(id) FROM letters WHERE placement_id IN (SELECT value FROM json_each(?)) GROUP BY placement_id, kind)`,
    )
    .all(JSON.stringify(ids)) as Array<{ placementId: number; kind: LetterKind; id: number; reference: string }>
  return new Map(rows.map((r) => [`${r.placementId}|${r.kind}`, { id: r.id, reference: r.reference }]))
}

/** The placements of a request in the round's order (by surname), checked: in the round, not anonymised, consent given. */
function selectSources(ctx: ServiceContext, request: LettersRequest): PlacementLetterSource[] {
  if (!roundExists(ctx, request.roundId)) throw new UserError('letters.noRound', { round: request.roundId })
  const explicit = request.placementIds !== undefined && request.placementIds.length > 0
  const roundOrder = new Map(roundPlacementIds(ctx, request.roundId, ['proposed', 'confirmed', 'withdrawn', 'completed']).map((id, i) => [id, i]))
  const rank = (id: number) => roundOrder.get(id) ?? Number.MAX_SAFE_INTEGER
  const ids = explicit ? [...new Set(request.placementIds)].sort((a, b) => rank(a) - rank(b)) : roundPlacementIds(ctx, request.roundId, roundStatuses(request.kind))
  if (ids.length === 0) throw new UserError('letters.nothingToPrint', { round: request.roundId })
  const sources = loadPlacementSources(ctx, ids)
  for (const s of sources) {
    if (s.roundId !== request.roundId) throw new UserError('letters.otherRound', { id: s.id, round: request.roundId })
    if (s.anonymised) throw new UserError('letters.anonymised', { id: s.id })
  }
  const withoutConsent = sources.filter((s) => !s.consent)
  if (withoutConsent.length > 0)
    throw new UserError('letters.noConsent', { count: withoutConsent.length, names: listNames(withoutConsent.map((s) => `${s.data.participant.fullName} (${s.id})`)) })
  return sources
}

/**
 * The letters a request makes, each checked against the placement's state: a certificate only after a completed
 * exchange; a placement letter only for a confirmed placement (a completed one only as a re-issue); a letter that
 * exists already only by an explicit choice with a reason; a placement that has started only when the officer said so.
 */
export function planLetters(ctx: ServiceContext, request: LettersRequest): PlannedLetter[] {
  const { referencePattern: _pattern, place: _place, ...ministry } = ministryData(ctx)
  // A letter without the ministry's name or a signatory cannot be sent: Settings first.
  if (ministry.name.trim() === '' || ministry.signatoryName.trim() === '') throw new UserError('letters.noLetterhead')
  const explicit = request.placementIds !== undefined && request.placementIds.length > 0
  const existing: ExistingLetters = request.existing ?? (explicit ? { mode: 'refuse' } : { mode: 'skip' })
  const sources = selectSources(ctx, request)
  const issued = issuedLetters(ctx, sources.map((s) => s.id))
  const kinds = kindsOf(request.kind)
  const planned: PlannedLetter[] = []
  const already: string[] = []
  for (const s of sources) {
    const name = s.data.participant.fullName
    for (const kind of kinds) {
      const before = issued.get(`${s.id}|${kind}`)
      if (kind === 'certificate') {
        if (s.status !== 'completed') throw new UserError('letters.certificateNotCompleted', { id: s.id, name, status: s.status })
      } else if (s.status === 'completed') {
        if (!before || existing.mode === 'refuse') throw new UserError('letters.completedPlacement', { id: s.id, name })
      } else if (s.status !== 'confirmed') throw new UserError('letters.notConfirmed', { id: s.id, name, status: s.status })
      if (before && existing.mode === 'skip') continue
      if (before && existing.mode === 'refuse') {
        already.push(`${name} (${before.reference})`)
        continue
      }
      const reissueOf = before && existing.mode === 'reissue' ? { ...before, reason: existing.reason } : null
      planned.push({ placementId: s.id, kind, language: languageOf(request.lang, s, kind), data: { ...s.data, ministry }, reissueOf })
    }
  }
  if (already.length > 0) throw new UserError('letters.alreadyIssued', { count: already.length, names: listNames(already) })
  if (planned.length === 0) throw new UserError('letters.allIssued', { round: request.roundId })
  checkStarted(ctx, request, sources, planned)
  return planned
}

/** A placement letter for an exchange that has already begun (today included) goes out only when the officer says so. */
function checkStarted(ctx: ServiceContext, request: LettersRequest, sources: PlacementLetterSource[], planned: PlannedLetter[]): void {
  if (request.started) return
  const today = format(ctx.now(), 'yyyy-MM-dd')
  const placements = new Set(planned.filter((p) => p.kind !== 'certificate').map((p) => p.placementId))
  const started = sources.filter((s) => placements.has(s.id) && s.status === 'confirmed' && s.data.placement.from <= today)
  if (started.length > 0)
    throw new UserError('letters.started', { count: started.length, names: listNames(started.map((s) => `${s.data.participant.fullName} (${slDate(s.data.placement.from)})`)) })
}
