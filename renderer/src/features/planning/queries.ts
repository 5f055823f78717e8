import { useMutation, useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { BoardNomination } from '../../../../shared/planning/board'
import { placementMessages, sentence, unplacedMessages, violationMessage } from '../../../../shared/planning/messages'
import type { RuleViolation } from '../../../../shared/planning/types'
import { api, unwrap } from '../../app/api'
import { callKey } from '../../app/freshness'
import { contract } from '../../../../shared/api'
import { useT } from '../../i18n/useT'

export const planningKeys = {
  board: (roundId: number) => callKey(contract.planning.board, roundId),
  teams: (roundId: number) => callKey(contract.planning.teams, roundId),
  attendance: (roundId: number) => callKey(contract.planning.attendance, roundId),
  previous: (roundId: number) => callKey(contract.planning.previousProposal, roundId),
}

export function useBoard(roundId: number) {
  return useQuery({ queryKey: planningKeys.board(roundId), queryFn: () => unwrap(api().planning.board({ roundId })) })
}

/** A change on the board; the call itself refreshes every view of what it changed (board, rounds, letters …). */
export function useBoardChange<In, Out = unknown>(roundId: number, call: (input: In) => Promise<Out>) {
  return useMutation({ mutationFn: call, meta: { roundId } })
}

/** Explanations, reasons and rule warnings as sentences in the user's language. */
export function useExplain() {
  const t = useT()
  const tr = useCallback((key: string, values: Record<string, string | number>) => t(key, values), [t])
  return {
    placement: (n: BoardNomination) => (n.placement?.explanation ? sentence(tr, placementMessages(n.placement.explanation)) : null),
    unplaced: (n: BoardNomination) => (n.unplaced ? sentence(tr, unplacedMessages(n.unplaced)) : null),
    violation: (v: RuleViolation) => {
      const m = violationMessage(v)
      return tr(m.key, m.values)
    },
  }
}

/** The person as the board names them; an erased person's withdrawn nomination says so instead of a bare number. */
export function personName(n: { name: string | null; personId: number; withdrawnReason?: string | null }, anonymous: string, erased?: string): string {
  if (n.name === null && n.withdrawnReason === 'erasure' && erased) return erased
  return n.name ?? `${anonymous} #${n.personId}`
}

/** The status badge's text key: a nomination withdrawn at an erasure has its own. */
export const statusKey = (n: { status: string; withdrawnReason?: string | null }): string =>
  n.status === 'withdrawn' && n.withdrawnReason === 'erasure' ? 'planning.status.withdrawnErasure' : `planning.status.${n.status}`

/** Form values of number inputs and selects: blank means none. */
export const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v))
