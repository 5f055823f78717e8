import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../app/api'

export const privacyKeys = {
  retention: ['privacy', 'retention'] as const,
  due: ['privacy', 'due'] as const,
  people: (query: string) => ['privacy', 'people', query] as const,
}

export function useRetention() {
  return useQuery({ queryKey: privacyKeys.retention, queryFn: () => unwrap(api().privacy.retention({})) })
}

/** Due rounds change with the clock, the settings and every anonymisation: read afresh whenever shown. */
export function useDueRounds() {
  return useQuery({ queryKey: privacyKeys.due, queryFn: () => unwrap(api().privacy.dueRounds({})), staleTime: 0 })
}

export function usePeopleSearch(query: string) {
  return useQuery({
    queryKey: privacyKeys.people(query),
    queryFn: () => unwrap(api().privacy.findPeople({ query })),
    enabled: query.trim().length >= 2,
    staleTime: 0,
  })
}
