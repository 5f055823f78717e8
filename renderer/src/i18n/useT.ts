import { useCallback } from 'react'
import { useIntl } from 'react-intl'
import type { AppError } from '../../../shared/errors'

/** `t('partners.title')`, `t('cli.count', { count })`; ICU plurals and formats from the catalogue. */
export function useT() {
  const intl = useIntl()
  return useCallback(
    (id: string, values?: Record<string, string | number | null | undefined>) =>
      intl.formatMessage({ id }, values as Record<string, string | number> | undefined),
    [intl],
  )
}

export function useErrorText() {
  const t = useT()
  return useCallback((error: AppError) => t(`error.${error.code}`, error.params), [t])
}

/** Dates as the user reads them: 22. 11. 2026 in Slovenian, 22 Nov 2026 in English. */
export function useFormatDate() {
  const intl = useIntl()
  return useCallback(
    (iso: string | null | undefined) =>
      iso ? intl.formatDate(new Date(`${iso.slice(0, 10)}T12:00:00`), { day: 'numeric', month: intl.locale.startsWith('sl') ? 'numeric' : 'short', year: 'numeric' }) : '',
    [intl],
  )
}
