import type { StatsPeriod } from './period'

/** The catalogue message naming a period ("Year 2026", "Years 2015–2026", "Round “…” (2026)"), for screen and workbook alike. */
export function periodMessage(period: StatsPeriod): { key: string; values: Record<string, string | number> } {
  if (period.kind === 'round')
    return period.from === null
      ? { key: 'stats.period.round', values: { name: period.roundName ?? '' } }
      : { key: 'stats.period.roundYear', values: { name: period.roundName ?? '', year: String(period.from) } }
  if (period.from === period.to) return { key: 'stats.period.year', values: { year: String(period.from) } }
  return { key: 'stats.period.range', values: { from: String(period.from), to: String(period.to) } }
}
