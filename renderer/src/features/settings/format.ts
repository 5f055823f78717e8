import { useCallback } from 'react'
import { useIntl } from 'react-intl'
import type { AppInfo } from '../../../../shared/domain/settings'
import { useT } from '../../i18n/useT'

/** Backups made on the same day differ only by the time, so both are shown: 22. 11. 2026, 10:15. */
export function useFormatDateTime() {
  const intl = useIntl()
  return useCallback(
    (iso: string) =>
      intl.formatDate(new Date(iso), {
        day: 'numeric',
        month: intl.locale.startsWith('sl') ? 'numeric' : 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
    [intl],
  )
}

export function useCountsSummary() {
  const t = useT()
  return useCallback((counts: AppInfo['counts']) => t('settings.countsSummary', counts), [t])
}

const KNOWN_REASONS = ['manual', 'daily', 'migration', 'restore', 'import', 'bulk']

export function useReasonLabel() {
  const t = useT()
  return useCallback((reason: string) => t(`settings.reason.${KNOWN_REASONS.includes(reason) ? reason : 'other'}`), [t])
}

/** The file's own name, for sentences; the full path is shown where the user may need to find the file. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
