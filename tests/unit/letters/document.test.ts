import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { letterContent } from '../../../electron/services/letters/content'
import { composeLetter } from '../../../shared/letters/compose'
import { DEFAULT_TEMPLATES } from '../../../shared/letters/defaults'
import { buildLetterDocument } from '../../../shared/letters/document'
import type { ComposedLetter } from '../../../shared/letters/types'
import { MINISTRY, sampleLetterData } from '../../fixtures/letters/data'

function letter(kind: ComposedLetter['kind'], language: 'sl' | 'en', reference = '0100-12/2026-3'): ComposedLetter {
  const data = sampleLetterData()
  return composeLetter({ kind, language, template: DEFAULT_TEMPLATES[kind][language], data: { ...data, letter: { ...data.letter, reference } } })
}

describe('letter document', () => {
  it('puts every letter in its own article with an anchor the PDF step can find, each starting a new page', () => {
    const html = buildLetterDocument({ ministry: MINISTRY, letters: [letter('participant', 'sl'), letter('host', 'en', 'R-2')], footer: 'pdf' })
    expect(html.match(/<article class="letter" id="letter-\d+" lang="(sl|en)">/g)).toEqual(['<article class="letter" id="letter-1" lang="sl">', '<article class="letter" id="letter-2" lang="en">'])
    expect(html).toContain('<a href="#letter-1" tabindex="-1">1</a><a href="#letter-2" tabindex="-1">2</a>')
    expect(html).toContain('.letter { break-before: page; }')
    expect(html).toMatch(/@page \{ size: A4; margin: 18mm 20mm 22mm 25mm; \}/)
    expect(html).not.toContain('@bottom-right')
  })

  it('shows the letterhead in each letter’s language and the logo once, as CSS', () => {
    const html = buildLetterDocument({ ministry: MINISTRY, letters: [letter('participant', 'sl'), letter('participant', 'en')], footer: 'pdf' })
    expect(html).toContain('<div class="ministry-name">Ministrstvo za javno upravo</div>')
    expect(html).toContain('<div class="ministry-name">Ministry of Public Administration</div>')
    expect(html).toContain('<div class="ministry-address">Tržaška cesta 21<br>1000 Ljubljana</div>')
    expect(html.split(MINISTRY.logoDataUrl!).length - 1).toBe(1)
    expect(html).toContain('aria-label="Logotip: Ministrstvo za javno upravo"')
  })

  it('footers a single letter with its reference and page numbers in its language', () => {
    const sl = buildLetterDocument({ ministry: MINISTRY, letters: [letter('home', 'sl')], footer: 'css' })
    expect(sl).toContain('@bottom-left { content: "0100-12/2026-3";')
    expect(sl).toContain('@bottom-right { content: "Stran " counter(page) " od " counter(pages);')
    const en = buildLetterDocument({ ministry: MINISTRY, letters: [letter('home', 'en')], footer: 'css' })
    expect(en).toContain('content: "Page " counter(page) " of " counter(pages);')
  })

  it('keeps letterhead text, references and logos from breaking out of HTML or CSS', () => {
    const ministry = { ...MINISTRY, name: '</div><script>alert(1)</script>', logoDataUrl: 'data:image/png;base64,AAAA"); } body { display: none; } .x { x: url("' }
    const hostile = { ...letter('participant', 'sl'), reference: '"; } body { display: none } @page { x: "' }
    const html = buildLetterDocument({ ministry, letters: [hostile], footer: 'css' })
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;/div&gt;&lt;script&gt;')
    const style = /<style>([\s\S]*)<\/style>/.exec(html)![1]!
    expect(style).toContain('@bottom-left { content: "\\22 \\3b  \\7d  body \\7b  display: none \\7d  \\40 page \\7b  x: \\22 ";')
    expect(style).not.toContain('background-image')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`)
  })

  it('omits the logo box when there is no logo', () => {
    const html = buildLetterDocument({ ministry: { ...MINISTRY, logoDataUrl: null }, letters: [letter('host', 'sl')], footer: 'css' })
    expect(html).toContain('<header class="letterhead no-logo">')
    expect(html).not.toContain('class="logo"')
  })

  it('stores each letter as a document of its own with the sha256 of its HTML', () => {
    const content = letterContent(MINISTRY, letter('participant', 'sl'))
    expect(content.contentHash).toBe(createHash('sha256').update(content.html).digest('hex'))
    expect(content.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(letterContent(MINISTRY, letter('participant', 'sl')).contentHash).toBe(content.contentHash)
    expect(letterContent(MINISTRY, letter('participant', 'sl', '0100-12/2026-4')).contentHash).not.toBe(content.contentHash)
    expect(content.html).toContain('Stran " counter(page)')
  })

  it('draws each page’s footer on screen where print puts it, only in the page preview and never in print', () => {
    const one = { ...letter('host', 'en', '0100-12/2026-<b>'), language: 'en' as const }
    const ministry = { ...MINISTRY, footer: 'T: 01 478 16 00 · <i>www.gov.si</i>' }
    const preview = buildLetterDocument({ ministry, letters: [one], footer: 'css', screen: 'pages', screenPageCount: 3 })
    const footers = preview.match(/<div class="screen-footer" style="left: \d+mm">/g)
    expect(footers).toEqual(['<div class="screen-footer" style="left: 0mm">', '<div class="screen-footer" style="left: 210mm">', '<div class="screen-footer" style="left: 420mm">'])
    expect(preview).toContain('<span>0100-12/2026-&lt;b&gt;</span><span>Page 3 of 3</span>')
    expect(preview).toContain('<div class="screen-footer__ministry">T: 01 478 16 00 · &lt;i&gt;www.gov.si&lt;/i&gt;</div>')
    expect(preview).toContain('@media print { .screen-footers { display: none; } }')
    // What is stored, printed and saved has no screen footer at all.
    expect(buildLetterDocument({ ministry, letters: [one], footer: 'css', screenPageCount: 3 })).not.toContain('screen-footer"')
    expect(letterContent(ministry, one).html).not.toContain('class="screen-footers"')
  })
})
