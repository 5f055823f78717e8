/**
 * A string whose binary order equals Slovenian collation (Intl.Collator('sl')) for the texts we hold:
 * č and ć after c, đ after d, š after s, ž after z; other accents and case only break ties.
 * SQLite in better-sqlite3 cannot register a collation, so an indexed column holds this key.
 */
const ALPHABET = 'abcčćdđefghijklmnopqrsštuvwxyzž'
const LETTER_RANK = new Map([...ALPHABET].map((ch, i) => [ch, i]))
const LEVEL_SEPARATOR = '\u0001'

function primaryWeight(base: string): number {
  const rank = LETTER_RANK.get(base)
  if (rank !== undefined) return 0x300 + rank
  if (/\d/.test(base)) return 0x200 + Number(base)
  if (/\s/.test(base)) return 0x100
  const code = base.codePointAt(0) ?? 0
  if (code < 0x80) return 0x101 + code // punctuation and symbols, before digits
  return 0x1000 + code // other scripts after Latin
}

/** Splits a character into its base letter and its accents, keeping the letters Slovenian treats as letters. */
function decompose(ch: string): { base: string; accents: string } {
  const lower = ch.toLowerCase()
  if (LETTER_RANK.has(lower)) return { base: lower, accents: '' }
  const nfd = lower.normalize('NFD')
  return { base: nfd[0] ?? lower, accents: nfd.slice(1) }
}

/** One character's three weights; a name repeats few characters, and working them out is most of the cost. */
type Weights = readonly [primary: string, secondary: string, tertiary: string]
const WEIGHTS = new Map<string, Weights>()
const MAX_CACHED = 4096

function weightsOf(ch: string): Weights {
  let weights = WEIGHTS.get(ch)
  if (weights === undefined) {
    const { base, accents } = decompose(ch)
    weights = [
      String.fromCharCode(primaryWeight(base)),
      String.fromCharCode(0x100 + (accents ? (accents.codePointAt(0) ?? 0) - 0x2ff : 0)),
      ch !== ch.toLowerCase() ? 'B' : 'A',
    ]
    if (WEIGHTS.size < MAX_CACHED) WEIGHTS.set(ch, weights)
  }
  return weights
}

export function slSortKey(text: string): string {
  let primary = ''
  let secondary = ''
  let tertiary = ''
  for (const ch of text.normalize('NFC').trim()) {
    const [p, s, t] = weightsOf(ch)
    primary += p
    secondary += s
    tertiary += t
  }
  return primary + LEVEL_SEPARATOR + secondary + LEVEL_SEPARATOR + tertiary
}
