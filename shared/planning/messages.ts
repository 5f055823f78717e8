import { dayValue } from '../domain/days'
import type { ChoiceNote, PlacementExplanation, RuleViolation, TeamWarning, UnplacedNomination } from './types'

/**
 * Turns the engine's codes into catalogue keys and values (shared/i18n/messages/planning.ts), so the screens,
 * the CLI and the letters say the same thing in both languages. Nothing here formats text itself.
 */
export interface MessageDescriptor {
  key: string
  values: Record<string, string | number>
}

export type Translate = (key: string, values: Record<string, string | number>) => string

/** ICU select keys cannot contain hyphens, so kinds go to the catalogue as `withinPublic` and so on. */
function selector(value: string | number): string | number {
  return typeof value === 'string' ? value.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) : value
}

export function choiceMessage(note: ChoiceNote): MessageDescriptor {
  return {
    key: `planning.choice.${note.reason}`,
    values: { choice: note.choice, host: note.hostName, kind: selector(note.kind ?? 'withNgos') },
  }
}

/** The rank first ("3rd choice"), then why each better choice was not given. */
export function placementMessages(explanation: PlacementExplanation): MessageDescriptor[] {
  return [{ key: 'planning.rank', values: { rank: explanation.rank } }, ...explanation.choices.map(choiceMessage)]
}

/** Days in the engine's params are ISO text (readable in JSON); the catalogue formats them as dates. */
function withDays(params: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? dayValue(v) : v]))
}

export function unplacedMessages(unplaced: UnplacedNomination): MessageDescriptor[] {
  return [{ key: `planning.unplaced.${unplaced.code}`, values: withDays(unplaced.params) }, ...unplaced.choices.map(choiceMessage)]
}

export function violationMessage(violation: RuleViolation): MessageDescriptor {
  const values = withDays(violation.params)
  if (values.kind !== undefined) values.kind = selector(values.kind)
  // An offer of a round without dates has no period to name: the host alone says which offer it is.
  const open = violation.rule === 'offer-host' && violation.params.offerFrom === ''
  return { key: `planning.rule.${violation.rule}${open ? '-open' : ''}`, values }
}

export function teamWarningMessage(warning: TeamWarning): MessageDescriptor {
  return { key: `planning.teams.warning.${warning.code}`, values: { ...warning.params } }
}

/** "3rd choice: 1st choice (X) is full, 2nd choice (Y) is in the same sector" in the language of `t`. */
export function sentence(t: Translate, messages: readonly MessageDescriptor[]): string {
  const [head, ...rest] = messages.map((m) => t(m.key, m.values))
  if (head === undefined) return ''
  return rest.length === 0 ? head : t('planning.explanation', { head, reasons: rest.join(', ') })
}
