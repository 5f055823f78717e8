import { useQuery } from '@tanstack/react-query'
import type { LetterLanguageChoice } from '../../../../shared/domain/letters'
import type { LetterKind } from '../../../../shared/letters/types'
import { api, unwrap } from '../../app/api'

export const letterKeys = {
  all: ['letters'] as const,
  templates: () => ['letters', 'templates'] as const,
  placements: (roundId: number) => ['letters', 'placements', roundId] as const,
  preview: (placementId: number, kind: LetterKind, lang: LetterLanguageChoice) => ['letters', 'preview', placementId, kind, lang] as const,
  history: (roundId: number) => ['letters', 'history', roundId] as const,
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
