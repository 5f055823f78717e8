import { useMemo } from 'react'
import type { Language } from '../../../../shared/domain/enums'
import type { AppError } from '../../../../shared/errors'
import { previewLetterBody } from '../../../../shared/letters/compose'
import { buildLetterDocument } from '../../../../shared/letters/document'
import type { LetterData, LetterKind } from '../../../../shared/letters/types'

export interface PreviewResult {
  /** The whole letter as it prints (A4 sheets, letterhead, footer), or null while the template has a mistake. */
  html: string | null
  error: AppError | null
}

/** Renders the template with real data on every edit, in the renderer: no round trip, a few milliseconds. */
export function useLetterPreview(source: string, data: LetterData | undefined, kind: LetterKind, language: Language): PreviewResult {
  return useMemo(() => {
    if (!data) return { html: null, error: null }
    const body = previewLetterBody(source, data, language)
    if (!body.ok) return { html: null, error: body.error }
    const letter = { kind, language, reference: data.letter.reference, bodyHtml: body.value, fileName: '' }
    return { html: buildLetterDocument({ ministry: data.ministry, letters: [letter], footer: 'css', screen: 'pages' }), error: null }
  }, [source, data, kind, language])
}

/**
 * The letter's pages side by side, broken where print breaks them. A sandboxed frame with no permissions: the
 * document runs no script and cannot reach the app even if escaping ever failed.
 */
export function LetterFrame({ html, title }: { html: string; title: string }) {
  return (
    <div className="letter-frame">
      <iframe title={title} sandbox="" srcDoc={html} className="letter-frame__sheet" data-testid="letter-preview" />
    </div>
  )
}
