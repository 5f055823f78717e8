import { columnIndex, columnLetter } from '../../../shared/import/columns'
import type { FieldDefinition, ImportProfile } from '../../../shared/import/fields'
import { headerKey } from '../../../shared/import/headerKey'
import type { ColumnMapping } from '../../../shared/import/types'

export interface MappingOverrides {
  /** Column letter → field (or null to ignore the column): the user's own choice. */
  mapping?: Record<string, string | null>
  /** Header key (see headerKey) → field: what the user chose for this sender's files last time. */
  remembered?: Record<string, string | null>
}

const MIN_CONFIDENCE = 0.5

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]!
}

/** Does `needle` occur in `tokens` as consecutive words? */
function containsWords(tokens: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= tokens.length; i++) {
    for (let j = 0; j < needle.length; j++) if (tokens[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

interface Synonym {
  text: string
  words: string[]
  /** May match inside a longer header: several words, or one of four letters or more. */
  partial: boolean
  /** May match a header with a typo. */
  fuzzy: boolean
}

const compiled = new WeakMap<FieldDefinition, Synonym[]>()

function synonymsOf(field: FieldDefinition): Synonym[] {
  let list = compiled.get(field)
  if (!list) {
    // The field's own labels are synonyms too: a file made from our template maps with full confidence.
    const texts = new Set([...field.synonyms, headerKey(field.label.sl), headerKey(field.label.en)])
    list = [...texts].map((text) => {
      const words = text.split(' ')
      return { text, words, partial: words.length > 1 || text.length >= 4, fuzzy: text.length >= 5 }
    })
    compiled.set(field, list)
  }
  return list
}

/**
 * How well a header names a field, 0..1. An exact synonym is certain; a synonym among other words counts by
 * how much of the header it covers ("E-pošta (službena)" → e-mail, 0.82); a one-letter typo of a longer
 * synonym still suggests it. Short synonyms ("od", "do", "ime") must match the whole header.
 */
export function headerConfidence(key: string, field: FieldDefinition): number {
  if (key === '') return 0
  const tokens = key.split(' ')
  // Typos are looked for only in short headers of words: data cells (addresses, numbers) never are headers.
  const typoCandidate = key.length >= 5 && key.length <= 30 && !/\d/.test(key)
  let best = 0
  for (const synonym of synonymsOf(field)) {
    if (synonym.text === key) return 1
    if (synonym.partial && containsWords(tokens, synonym.words)) best = Math.max(best, 0.55 + 0.4 * (synonym.words.length / tokens.length))
    else if (typoCandidate && synonym.fuzzy && best < 0.6 && synonym.text.charCodeAt(0) === key.charCodeAt(0)) {
      const distance = editDistance(key, synonym.text, 2)
      if (distance === 1 || (distance === 2 && synonym.text.length >= 9)) best = Math.max(best, 0.7 - 0.1 * distance)
    }
  }
  return best
}

/** Fields that read the same data as others: a full-name column or first/last columns, never both. */
function conflicts(profile: ImportProfile, field: string, taken: Set<string>): boolean {
  for (const f of profile.fields) {
    if (!f.splitsInto) continue
    if (f.name === field && f.splitsInto.some((part) => taken.has(part))) return true
    if (f.splitsInto.includes(field) && taken.has(f.name)) return true
  }
  return false
}

const LAST_FIRST = /^(priimek|surname|last name|family name)\b/

/** Suggests a field for every column from its header, honouring the user's and remembered choices first. */
export function suggestMapping(headers: string[], profile: ImportProfile, overrides: MappingOverrides = {}): ColumnMapping[] {
  const columns: ColumnMapping[] = headers.map((header, index) => ({ column: columnLetter(index), index, header, field: null, confidence: 0, source: 'auto' }))
  const taken = new Set<string>()
  const known = new Set(profile.fields.map((f) => f.name))
  for (const [letter, field] of Object.entries(overrides.mapping ?? {})) {
    const column = columns[columnIndex(letter)]
    if (!column) continue
    column.source = 'user'
    column.confidence = 1
    if (field && known.has(field) && !taken.has(field)) {
      column.field = field
      taken.add(field)
    }
  }
  for (const column of columns) {
    if (column.source !== 'auto') continue
    const key = headerKey(column.header)
    if (!(key in (overrides.remembered ?? {}))) continue
    const field = overrides.remembered![key] ?? null
    column.source = 'remembered'
    column.confidence = 1
    if (field && known.has(field) && !taken.has(field) && !conflicts(profile, field, taken)) {
      column.field = field
      taken.add(field)
    }
  }
  const candidates: Array<{ column: ColumnMapping; field: string; confidence: number }> = []
  for (const column of columns) {
    if (column.source !== 'auto') continue
    const key = headerKey(column.header)
    for (const field of profile.fields) {
      const confidence = headerConfidence(key, field)
      if (confidence >= MIN_CONFIDENCE) candidates.push({ column, field: field.name, confidence })
    }
  }
  firstNameBesideSurname(candidates)
  candidates.sort((a, b) => b.confidence - a.confidence || a.column.index - b.column.index)
  for (const { column, field, confidence } of candidates) {
    if (column.field || taken.has(field) || conflicts(profile, field, taken)) continue
    column.field = field
    column.confidence = Math.round(confidence * 100) / 100
    taken.add(field)
  }
  for (const column of columns) if (column.field === 'fullName') column.nameOrder = LAST_FIRST.test(headerKey(column.header)) ? 'lastFirst' : 'firstLast'
  return columns
}

/** "Name" next to a "Surname" column is the first name, not the full name. */
function firstNameBesideSurname(candidates: Array<{ column: ColumnMapping; field: string; confidence: number }>): void {
  const surname = candidates.some((c) => c.field === 'lastName' && c.confidence >= 0.9)
  if (!surname) return
  for (const candidate of candidates)
    if (candidate.field === 'fullName' && headerKey(candidate.column.header) === 'name') candidate.field = 'firstName'
}

/** Sum of the confidences, with a bonus per required field: how much a row looks like this profile's header. */
export function mappingScore(columns: ColumnMapping[], profile: ImportProfile): number {
  const mapped = new Set(columns.filter((c) => c.field).map((c) => c.field!))
  for (const f of profile.fields) if (f.splitsInto && mapped.has(f.name)) f.splitsInto.forEach((p) => mapped.add(p))
  let score = columns.reduce((sum, c) => sum + (c.field ? c.confidence : 0), 0)
  for (const required of profile.required) {
    const options = typeof required === 'string' ? [required] : required
    if (options.some((o) => mapped.has(o))) score += 0.5
  }
  return score
}

/** Required fields that no column feeds (a full-name column feeds first and last name). */
export function missingRequiredFields(columns: ColumnMapping[], profile: ImportProfile): string[] {
  const mapped = new Set(columns.filter((c) => c.field).map((c) => c.field!))
  for (const f of profile.fields) if (f.splitsInto && mapped.has(f.name)) f.splitsInto.forEach((p) => mapped.add(p))
  const missing: string[] = []
  for (const required of profile.required) {
    const options = typeof required === 'string' ? [required] : required
    if (!options.some((o) => mapped.has(o))) missing.push(options[0]!)
  }
  return missing
}
