import type { DateReader } from './dates'

const SEPARATOR = /\s*[–—]\s*|\s+-\s+|\s+(?:do|to|until|till)\s+|(?<=\d\.)\s*-\s*(?=\d)|(?<=\d{4})-(?=\d{1,2}\.)/i

/**
 * An availability written in one cell: "2. 3. 2026 – 27. 3. 2026", "2.3.2026 - 27.3.2026", "od 2. 3. do
 * 27. 3. 2026", "2.–27. 3. 2026". A start without month or year borrows them from the end.
 */
export function splitDateRange(text: string, dates: DateReader): { from: string; to: string } | null {
  const cleaned = text.trim().replace(/^(?:od|from)\s+/i, '')
  const parts = cleaned.split(SEPARATOR).filter((p) => p.trim() !== '')
  if (parts.length !== 2) return null
  const to = dates.read(parts[1]!.trim())
  if (!to) return null
  const [year, month] = to.split('-')
  let startText = parts[0]!.trim().replace(/\.$/, '')
  if (/^\d{1,2}$/.test(startText)) startText = `${startText}. ${Number(month)}. ${year}`
  else if (/^\d{1,2}\.\s*\d{1,2}$/.test(startText)) startText = `${startText}. ${year}`
  const from = dates.read(startText)
  return from ? { from, to } : null
}
