import { useCallback } from 'react'
import { useIntl } from 'react-intl'

/**
 * A label for a stored code (`audit.entity.round`), or the code itself when the catalogue has none: areas add
 * new codes to the audit log over time, and an unknown one must still show, not a missing-message key.
 */
export function useCodeLabel(prefix: string) {
  const intl = useIntl()
  return useCallback(
    (code: string) => {
      const id = `${prefix}.${code}`
      return id in intl.messages ? intl.formatMessage({ id }) : code
    },
    [intl, prefix],
  )
}
