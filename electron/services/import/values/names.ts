export type NameOrder = 'firstLast' | 'lastFirst'

/** Words that join a surname rather than start one ("van", "de"): "Ana de Souza" is Ana / de Souza. */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'le', 'la', 'du', 'dos', 'das', 'ter', 'ten'])

/**
 * Splits a full name. "Novak, Jan" is always surname first; otherwise the header said which order the column
 * uses. With more than two words the split is a guess (double first names and double surnames both occur in
 * Slovenia), so it is reported for the user to check.
 */
export function splitFullName(name: string, order: NameOrder): { first: string | null; last: string | null; uncertain: boolean } {
  if (name === '') return { first: null, last: null, uncertain: false }
  const comma = name.indexOf(',')
  if (comma >= 0) {
    const last = name.slice(0, comma).trim()
    const first = name.slice(comma + 1).trim()
    return { first: first || null, last: last || null, uncertain: !first || !last }
  }
  const words = name.split(' ').filter((w) => w !== '')
  if (words.length === 1) return { first: null, last: words[0]!, uncertain: true }
  if (order === 'lastFirst') return { first: words.slice(1).join(' '), last: words[0]!, uncertain: words.length > 2 }
  let lastStart = words.length - 1
  while (lastStart > 1 && PARTICLES.has(words[lastStart - 1]!.toLowerCase())) lastStart--
  const uncertain = words.length > 2 && lastStart === words.length - 1
  return { first: words.slice(0, lastStart).join(' '), last: words.slice(lastStart).join(' '), uncertain }
}
