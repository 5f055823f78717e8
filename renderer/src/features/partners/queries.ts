import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { PartnerListQuery } from '../../../../shared/api/partners'
import { api, unwrap } from '../../app/api'

export const partnerKeys = {
  all: ['partners'] as const,
  list: (q: PartnerListQuery) => ['partners', 'list', q] as const,
  detail: (id: number) => ['partners', 'detail', id] as const,
}

export function usePartnerList(query: PartnerListQuery) {
  return useQuery({
    queryKey: partnerKeys.list(query),
    queryFn: () => unwrap(api().partners.list(query)),
    placeholderData: keepPreviousData,
  })
}

export function usePartnerDetail(id: number | null) {
  return useQuery({
    queryKey: partnerKeys.detail(id ?? 0),
    queryFn: () => unwrap(api().partners.get({ id: id! })),
    enabled: id !== null,
  })
}
