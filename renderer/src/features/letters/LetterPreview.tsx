import { useMemo, useState, type SyntheticEvent } from 'react'
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
export function useLetterPreview(source: string, data: LetterData | undefined, kind: LetterKind, language: Language): PreviewResult & { onPages: (count: number) => void } {
  // Page footers on screen need the page count, which only layout knows: the frame reports it after each load.
  const [pages, setPages] = useState(1)
  const result = useMemo(() => {
    if (!data) return { html: null, error: null }
    const body = previewLetterBody(source, data, language)
    if (!body.ok) return { html: null, error: body.error }
    const letter = { kind, language, reference: data.letter.reference, bodyHtml: body.value, fileName: '' }
    return { html: buildLetterDocument({ ministry: data.ministry, letters: [letter], footer: 'css', screen: 'pages', screenPageCount: pages }), error: null }
  }, [source, data, kind, language, pages])
  return { ...result, onPages: setPages }
}

/** One A4 page's width in CSS pixels: on screen the letter's pages stand side by side, each this wide. */
const PAGE_WIDTH_PX = (210 * 96) / 25.4

/** How many pages the letter in a loaded preview frame has: its columns' width in page widths. */
function measurePages(event: SyntheticEvent<HTMLIFrameElement>): number | null {
  const letter = event.currentTarget.contentDocument?.querySelector('.letter')
  return letter ? Math.max(1, Math.round(letter.scrollWidth / PAGE_WIDTH_PX)) : null
}

/**
 * The letter's pages side by side, broken where print breaks them, each with the footer print puts in its margin.
 * A sandboxed frame that runs no script (no allow-scripts, and the document's CSP forbids any): allow-same-origin
 * only lets the app measure the laid-out pages.
 */
export function LetterFrame({ html, title, onPages }: { html: string; title: string; onPages?: (count: number) => void }) {
  return (
    <div className="letter-frame">
      <iframe
        title={title}
        sandbox="allow-same-origin"
        srcDoc={html}
        className="letter-frame__sheet"
        data-testid="letter-preview"
        onLoad={(event) => {
          const count = measurePages(event)
          if (count !== null) onPages?.(count)
        }}
      />
    </div>
  )
}
