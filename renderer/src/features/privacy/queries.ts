import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../app/api'
import { callKey } from '../../app/freshness'
import { contract } from '../../../../shared/api'

export const privacyKeys = {
  retention: callKey(contract.privacy.retention),
  due: callKey(contract.privacy.dueRounds),
  people: (query: string) => callKey(contract.privacy.findPeople, query),
  erasePreview: (personId: number) => callKey(contract.privacy.previewErase, personId),
}

export function useRetention() {
  return useQuery({ queryKey: privacyKeys.retention, queryFn: () => unwrap(api().privacy.retention({})) })
}

/** Due rounds change with the clock too: like every query, read afresh whenever shown. */
export function useDueRounds() {
  return useQuery({ queryKey: privacyKeys.due, queryFn: () => unwrap(api().privacy.dueRounds({})) })
}

export function usePeopleSearch(query: string) {
  return useQuery({
    queryKey: privacyKeys.people(query),
    queryFn: () => unwrap(api().privacy.findPeople({ query })),
    enabled: query.trim().length >= 2,
  })
}
