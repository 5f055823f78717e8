import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AuditFiltersInput } from '../../../../shared/api/audit'
import { api, unwrap } from '../../app/api'

export const AUDIT_PAGE_SIZE = 50

export const auditKeys = {
  all: ['audit'] as const,
  page: (filters: AuditFiltersInput, offset: number) => ['audit', filters, offset] as const,
}

/** Every change anywhere adds an entry, so the log is always read afresh; the previous page stays while the next loads. */
export function useAuditPage(filters: AuditFiltersInput, offset: number) {
  return useQuery({
    queryKey: auditKeys.page(filters, offset),
    queryFn: () => unwrap(api().audit.list({ filters, offset, limit: AUDIT_PAGE_SIZE })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}
