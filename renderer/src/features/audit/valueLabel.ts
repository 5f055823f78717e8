import { useCallback } from 'react'
import { useIntl } from 'react-intl'
import type { AuditEntry } from '../../../../shared/domain/audit'

/** Where the catalogue names the codes a field holds; `status` depends on what kind of record it is. */
const CODE_PREFIX: Record<string, string> = {
  sector: 'partners.sector',
  role: 'partners.role',
  kind: 'rounds.kind',
  language: 'shell.languageName',
}
const STATUS_PREFIX: Record<string, string> = { organisation: 'partners.status', round: 'rounds.status' }

/** A stored value as the user reads it: codes by their names, true/false as yes/no, anything else as stored. */
export function useValueLabel() {
  const intl = useIntl()
  return useCallback(
    (entry: AuditEntry, field: string, value: string) => {
      if (value === 'true' || value === 'false') return intl.formatMessage({ id: value === 'true' ? 'shell.yes' : 'shell.no' })
      const name = field || entry.action
      const prefix = name === 'status' ? STATUS_PREFIX[entry.entity] : CODE_PREFIX[name]
      const id = prefix ? `${prefix}.${value}` : ''
      return id && id in intl.messages ? intl.formatMessage({ id }) : value
    },
    [intl],
  )
}
