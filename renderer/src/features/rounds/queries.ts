import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../app/api'
import { callKey } from '../../app/freshness'
import { contract } from '../../../../shared/api'

export const roundKeys = {
  list: () => callKey(contract.rounds.list),
  detail: (id: number) => callKey(contract.rounds.get, id),
}

export function useRoundList() {
  return useQuery({ queryKey: roundKeys.list(), queryFn: () => unwrap(api().rounds.list({})) })
}

export function useRoundDetail(id: number) {
  return useQuery({ queryKey: roundKeys.detail(id), queryFn: () => unwrap(api().rounds.get({ id })) })
}
