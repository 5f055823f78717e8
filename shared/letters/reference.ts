import { UserError } from '../errors'

/**
 * A reference-number pattern in the ministry's style, e.g. `0100-12/{year}-{seq}` → `0100-12/2026-3`.
 * `{seq}` is the letter's sequence number (`{seq:3}` pads it to three digits), `{year}` the letter's year.
 */
export interface ReferencePattern {
  pattern: string
  format(sequence: number, year: number): string
  /** The sequence number of a reference made from this pattern in that year, or null for any other text. */
  sequenceOf(reference: string, year: number): number | null
  /**
   * An SQL LIKE pattern (with `ESCAPE '\'`) matching every reference this pattern can make in that year,
   * so a database layer selects only the candidates instead of every letter ever written.
   */
  sqlLike(year: number): string
}

type Part = { t: 'text'; text: string } | { t: 'seq'; width: number } | { t: 'year' }

const TOKEN = /\{([^{}]*)\}/g

export function parseReferencePattern(pattern: string): ReferencePattern {
  const parts: Part[] = []
  let last = 0
  for (const match of pattern.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ t: 'text', text: pattern.slice(last, match.index) })
    const token = match[1]!.trim()
    const seq = /^seq(?::([1-9]))?$/.exec(token)
    if (seq) parts.push({ t: 'seq', width: Number(seq[1] ?? 1) })
    else if (token === 'year') parts.push({ t: 'year' })
    else throw new UserError('letters.reference.badToken', { pattern, token: match[0] })
    last = match.index + match[0].length
  }
  if (last < pattern.length) parts.push({ t: 'text', text: pattern.slice(last) })
  if (parts.filter((p) => p.t === 'seq').length !== 1) throw new UserError('letters.reference.noSequence', { pattern })

  const regexes = new Map<number, RegExp>()
  const regexFor = (year: number) => {
    let regex = regexes.get(year)
    if (!regex) {
      const source = parts
        .map((p) => (p.t === 'text' ? p.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : p.t === 'year' ? String(year) : '(\\d+)'))
        .join('')
      regex = new RegExp(`^${source}$`)
      regexes.set(year, regex)
    }
    return regex
  }

  return {
    pattern,
    format: (sequence, year) =>
      parts.map((p) => (p.t === 'text' ? p.text : p.t === 'year' ? String(year) : String(sequence).padStart(p.width, '0'))).join(''),
    sequenceOf: (reference, year) => {
      const match = regexFor(year).exec(reference)
      return match ? Number(match[1]) : null
    },
    sqlLike: (year) =>
      parts.map((p) => (p.t === 'text' ? p.text.replace(/[\\%_]/g, '\\$&') : p.t === 'year' ? String(year) : '%')).join(''),
  }
}

export interface AllocatedReference {
  reference: string
  sequence: number
}

/**
 * The next `count` references after every one already used: numbering continues from the highest sequence
 * number used (never filling gaps, so a number once issued is not issued again) and restarts each year when
 * the pattern contains `{year}`. Pure, so the database layer calls it inside the same transaction that selects
 * the used references (`sqlLike`) and inserts the new letters, which keeps concurrent batches from colliding.
 */
export function allocateReferences(pattern: ReferencePattern | string, used: Iterable<string>, year: number, count = 1): AllocatedReference[] {
  const compiled = typeof pattern === 'string' ? parseReferencePattern(pattern) : pattern
  const taken = new Set<string>()
  let highest = 0
  for (const reference of used) {
    taken.add(reference)
    const sequence = compiled.sequenceOf(reference, year)
    if (sequence !== null && sequence > highest) highest = sequence
  }
  const result: AllocatedReference[] = []
  for (let sequence = highest + 1; result.length < count; sequence++) {
    const reference = compiled.format(sequence, year)
    if (!taken.has(reference)) result.push({ reference, sequence })
  }
  return result
}
