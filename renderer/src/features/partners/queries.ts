import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { PartnerListQuery } from '../../../../shared/api/partners'
import { api, unwrap } from '../../app/api'
import { callKey } from '../../app/freshness'
import { contract } from '../../../../shared/api'

export const partnerKeys = {
  list: (q: PartnerListQuery) => callKey(contract.partners.list, q),
  detail: (id: number) => callKey(contract.partners.get, id),
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
