import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PreviewSession } from '../../../../shared/api/imports'
import { api, unwrap } from '../../app/api'

export const importKeys = {
  all: ['imports'] as const,
  history: (roundId: number | null) => ['imports', 'history', roundId] as const,
  nominations: (roundId: number | null) => ['imports', 'nominations', roundId] as const,
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
  const client = useQueryClient()
  return useMutation({
    mutationFn: (batch: number) => unwrap(api().imports.undo({ batch })),
    onSettled: () => client.invalidateQueries({ queryKey: importKeys.all }),
  })
}
