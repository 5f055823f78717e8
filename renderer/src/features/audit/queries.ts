import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AuditFiltersInput } from '../../../../shared/api/audit'
import { api, unwrap } from '../../app/api'
import { callKey } from '../../app/freshness'
import { contract } from '../../../../shared/api'

export const AUDIT_PAGE_SIZE = 50

export const auditKeys = {
  page: (filters: AuditFiltersInput, offset: number) => callKey(contract.audit.list, filters, offset),
}

/** Every change anywhere adds an entry (and refreshes the log); the previous page stays while the next loads. */
export function useAuditPage(filters: AuditFiltersInput, offset: number) {
  return useQuery({
    queryKey: auditKeys.page(filters, offset),
    queryFn: () => unwrap(api().audit.list({ filters, offset, limit: AUDIT_PAGE_SIZE })),
    placeholderData: keepPreviousData,
  })
}
