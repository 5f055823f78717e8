import { useMutation, useQuery } from '@tanstack/react-query'
import type { PreviewSession } from '../../../../shared/api/imports'
import { api, unwrap } from '../../app/api'
import { callKey } from '../../app/freshness'
import { contract } from '../../../../shared/api'

export const importKeys = {
  history: (roundId: number | null) => callKey(contract.imports.history, roundId),
  nominations: (roundId: number | null) => callKey(contract.imports.nominations, roundId),
}

export function useNominations(roundId: number | null) {
  return useQuery({ queryKey: importKeys.nominations(roundId), queryFn: () => unwrap(api().imports.nominations({ roundId: roundId! })), enabled: roundId !== null })
}

export function useImportHistory(roundId: number | null) {
  return useQuery({ queryKey: importKeys.history(roundId), queryFn: () => unwrap(api().imports.history({ kind: 'nominations', roundId: roundId ?? undefined })) })
}

/** Every change of the preview returns the whole preview again; the last one is what the screen shows. */
export function usePreviewChange(onPreview: (session: PreviewSession) => void) {
  return useMutation({ mutationFn: (call: () => Promise<PreviewSession>) => call(), onSuccess: onPreview })
}

export function useUndoImport() {
  return useMutation({ mutationFn: (batch: number) => unwrap(api().imports.undo({ batch })) })
}
