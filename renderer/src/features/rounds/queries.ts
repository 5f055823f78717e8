import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../app/api'

export const roundKeys = {
  all: ['rounds'] as const,
  list: () => ['rounds', 'list'] as const,
  detail: (id: number) => ['rounds', 'detail', id] as const,
}

export function useRoundList() {
  return useQuery({ queryKey: roundKeys.list(), queryFn: () => unwrap(api().rounds.list({})) })
}

export function useRoundDetail(id: number) {
  return useQuery({ queryKey: roundKeys.detail(id), queryFn: () => unwrap(api().rounds.get({ id })) })
}
