import { useQuery } from '@tanstack/react-query'
import type { LetterLanguageChoice } from '../../../../shared/domain/letters'
import type { LetterKind } from '../../../../shared/letters/types'
import { api, unwrap } from '../../app/api'
import { callKey } from '../../app/freshness'
import { contract } from '../../../../shared/api'

export const letterKeys = {
  templates: () => callKey(contract.letters.templates),
  placements: (roundId: number) => callKey(contract.letters.placements, roundId),
  preview: (placementId: number, kind: LetterKind, lang: LetterLanguageChoice) => callKey(contract.letters.previewData, placementId, kind, lang),
  history: (roundId: number) => callKey(contract.letters.history, roundId),
}

export function useTemplates() {
  return useQuery({ queryKey: letterKeys.templates(), queryFn: () => unwrap(api().letters.templates({})) })
}

export function useLetterPlacements(roundId: number | null) {
  return useQuery({
    queryKey: letterKeys.placements(roundId ?? 0),
    queryFn: () => unwrap(api().letters.placements({ roundId: roundId! })),
    enabled: roundId !== null,
  })
}

export function usePreviewData(placementId: number | null, kind: LetterKind, lang: LetterLanguageChoice) {
  return useQuery({
    queryKey: letterKeys.preview(placementId ?? 0, kind, lang),
    queryFn: () => unwrap(api().letters.previewData({ placementId: placementId!, kind, lang })),
    enabled: placementId !== null,
  })
}

export function useLetterHistory(roundId: number | null) {
  return useQuery({
    queryKey: letterKeys.history(roundId ?? 0),
    queryFn: () => unwrap(api().letters.history({ roundId: roundId! })),
    enabled: roundId !== null,
  })
}
