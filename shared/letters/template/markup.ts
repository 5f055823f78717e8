import { escapeHtml } from '../escape'
import type { Piece } from './evaluate'

type Line = Piece[]
type Block = { type: 'p' | 'li' | 'h2'; lines: Line[] } | { type: 'raw'; html: string }

const isBlankPiece = (p: Piece) => (p.t === 'lit' || p.t === 'val' ? p.text.trim() === '' : p.html === '')

function splitLines(pieces: Piece[]): Line[] {
  const lines: Line[] = [[]]
  for (const piece of pieces) {
    if (piece.t !== 'lit') {
      lines.at(-1)!.push(piece)
      continue
    }
    const parts = piece.text.split('\n')
    parts.forEach((text, index) => {
      if (index > 0) lines.push([])
      if (text !== '') lines.at(-1)!.push({ t: 'lit', text })
    })
  }
  return lines
}

/** Removes a line-start marker (`- `, `## `) from a line whose first piece is literal text starting with it. */
function stripMarker(line: Line, marker: RegExp): Line | null {
  const first = line[0]
  if (first?.t !== 'lit') return null
  const match = marker.exec(first.text)
  if (!match) return null
  const rest = first.text.slice(match[0].length)
  return rest === '' ? line.slice(1) : [{ t: 'lit', text: rest }, ...line.slice(1)]
}

function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = []
  for (const line of lines) {
    if (line.every(isBlankPiece)) {
      blocks.push({ type: 'raw', html: '' })
      continue
    }
    const rawBlocks = line.filter((p) => p.t === 'block')
    if (rawBlocks.length > 0) {
      for (const p of rawBlocks) blocks.push({ type: 'raw', html: p.html })
      continue
    }
    const heading = stripMarker(line, /^\s*##\s+/)
    const item = heading ? null : stripMarker(line, /^\s*[-–]\s+/)
    const type = heading ? 'h2' : item ? 'li' : 'p'
    const content = heading ?? item ?? line
    const last = blocks.at(-1)
    if (type === 'p' && last?.type === 'p') last.lines.push(content)
    else blocks.push({ type, lines: [content] })
  }
  return blocks
}

function renderValue(piece: Extract<Piece, { t: 'val' }>): string {
  const html = escapeHtml(piece.text)
  if (piece.kind === 'multiline') return html.replace(/\n/g, '<br>')
  // "22. 11. 2026" split over two lines reads badly; no-break spaces keep a date (or "Ljubljana, 22. 11. 2026") whole.
  if (piece.kind === 'date') return html.replace(/ /g, '&nbsp;')
  return html
}

/** A law's or a document's short name with its number ("ZVOP-2", "ZJU-1") is never split at the hyphen across lines. */
const keepCodeWhole = (html: string) => html.replace(/(?<![\p{L}\d])(\p{Lu}{2,}-\d+)(?![\p{L}\d])/gu, '<span class="nobr">$1</span>')

/** Inline markup: `**bold**` in the template's own text; an unpaired `**` stays as written. */
function renderInline(lines: Line[]): string {
  const markers = lines.flat().reduce((n, p) => n + (p.t === 'lit' ? p.text.split('**').length - 1 : 0), 0)
  let toggles = markers - (markers % 2)
  let bold = false
  const rendered = lines.map((line) =>
    line
      .map((piece, index) => {
        if (piece.t === 'val') return renderValue(piece)
        if (piece.t === 'block') return ''
        const before = line[index - 1]
        // "… Žužemberk d.o.o." + "." : the abbreviation's dot also ends the sentence, as in print.
        const text = before?.t === 'val' && before.text.endsWith('.') && /^\.(?!\.)/.test(piece.text) ? piece.text.slice(1) : piece.text
        return text
          .split('**')
          .map((part, index) => {
            if (index === 0) return keepCodeWhole(escapeHtml(part))
            if (toggles === 0) return `**${keepCodeWhole(escapeHtml(part))}`
            toggles--
            bold = !bold
            return `${bold ? '<strong>' : '</strong>'}${keepCodeWhole(escapeHtml(part))}`
          })
          .join('')
      })
      .join('')
      .trim(),
  )
  return rendered.join('<br>')
}

/**
 * Turns evaluated template pieces into HTML. The template's own text has a small markup: a blank line between
 * paragraphs, a line break kept as a line break, `- ` for a list item, `## ` for a heading, `**bold**`.
 * Merged values are escaped and never read as markup, so data cannot change a letter's structure.
 */
export function piecesToHtml(pieces: Piece[]): string {
  const out: string[] = []
  let list: string[] | null = null
  const closeList = () => {
    if (list) out.push(`<ul>${list.join('')}</ul>`)
    list = null
  }
  for (const block of toBlocks(splitLines(pieces))) {
    if (block.type === 'li') {
      list ??= []
      list.push(`<li>${renderInline(block.lines)}</li>`)
      continue
    }
    closeList()
    if (block.type === 'raw') out.push(block.html)
    else out.push(`<${block.type}>${renderInline(block.lines)}</${block.type}>`)
  }
  closeList()
  return out.filter((html) => html !== '').join('\n')
}
