import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { formatFactor, formatFigure } from '../../../../shared/stats/format'
import type { StatsPeriodInput } from '../../../../shared/stats/period'
import { api, unwrap } from '../../app/api'
import { callKey } from '../../app/freshness'
import { contract } from '../../../../shared/api'
import { useLanguage } from '../../i18n/LanguageProvider'

export const statsKeys = {
  figures: (period: StatsPeriodInput) => callKey(contract.stats.get, period),
}

export function useStatistics(period: StatsPeriodInput | null) {
  return useQuery({
    queryKey: statsKeys.figures(period ?? { year: 0 }),
    queryFn: () => unwrap(api().stats.get({ period: period! })),
    enabled: period !== null,
    // Keep the previous figures on screen while the next period loads, so the layout does not jump.
    placeholderData: (previous) => previous,
  })
}

/** Figures as the user's language writes them (1.234,5 in Slovenian), the same formatter the CLI uses. */
export function useFigureFormat() {
  const { language } = useLanguage()
  const figure = useCallback((value: number | null, decimals = 0) => formatFigure(language, value, decimals), [language])
  const factor = useCallback((value: number | null) => formatFactor(language, value), [language])
  return { figure, factor }
}
