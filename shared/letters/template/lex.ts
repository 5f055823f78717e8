import { UserError } from '../../errors'
import type { Condition, Position } from './ast'

export type Token =
  | { t: 'text'; value: string; pos: Position }
  | { t: 'field'; path: string; pos: Position; standalone: boolean }
  | { t: 'if'; condition: Condition; pos: Position }
  | { t: 'elseif'; condition: Condition; pos: Position }
  | { t: 'else'; pos: Position }
  | { t: 'endif'; pos: Position }

const PATH = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/
const BLOCK_TAG = /^#([A-Za-z]*)(?:\s+([\s\S]*))?$/

export function templateError(code: string, pos: Position, params: Record<string, string | number> = {}): UserError {
  return new UserError(`letters.template.${code}`, { ...params, line: pos.line, column: pos.column })
}

/** Shortens a tag for an error message so a runaway tag does not flood the message. */
function shown(tag: string): string {
  return tag.length > 40 ? `${tag.slice(0, 40)}…` : tag
}

function parseCondition(text: string, pos: Position): Condition {
  const match = /^(not\s+)?(\S+)$/.exec(text.trim())
  if (!match || !PATH.test(match[2]!)) throw templateError('badCondition', pos, { tag: shown(text.trim()) })
  return { path: match[2]!, negated: match[1] !== undefined, pos }
}

function classify(inner: string, pos: Position): Exclude<Token, { t: 'text' }> {
  if (inner.startsWith('#')) {
    const match = BLOCK_TAG.exec(inner)
    const word = match?.[1] ?? ''
    const rest = match?.[2]?.trim() ?? ''
    if (word === 'if') return { t: 'if', condition: parseCondition(rest, pos), pos }
    if (word === 'elseif') return { t: 'elseif', condition: parseCondition(rest, pos), pos }
    if (word === 'else' && rest === '') return { t: 'else', pos }
    throw templateError('unknownBlock', pos, { tag: shown(`{${inner}}`) })
  }
  if (inner.startsWith('/')) {
    if (inner.slice(1).trim() === 'if') return { t: 'endif', pos }
    throw templateError('unknownBlock', pos, { tag: shown(`{${inner}}`) })
  }
  if (PATH.test(inner)) return { t: 'field', path: inner, pos, standalone: false }
  throw templateError('badTag', pos, { tag: shown(`{${inner}}`) })
}

/**
 * Splits a template into text and tags. `{{` is a literal brace; a tag never spans lines, so a forgotten `}`
 * is reported where the tag starts. A block tag alone on its line takes the whole line with it (as in Mustache),
 * so `{#if …}` on a line of its own leaves no blank line behind.
 */
export function lex(input: string): Token[] {
  const src = input.replace(/\r\n?/g, '\n')
  const tokens: Token[] = []
  let text = ''
  let textPos: Position = { line: 1, column: 1 }
  let line = 1
  let column = 1
  let i = 0

  const advanceTo = (end: number) => {
    for (; i < end; i++) {
      if (src[i] === '\n') {
        line++
        column = 1
      } else column++
    }
  }
  const flush = () => {
    if (text !== '') tokens.push({ t: 'text', value: text, pos: textPos })
    text = ''
  }
  const append = (chunk: string) => {
    if (text === '') textPos = { line, column }
    text += chunk
  }

  while (i < src.length) {
    const open = src.indexOf('{', i)
    if (open === -1) {
      append(src.slice(i))
      advanceTo(src.length)
      break
    }
    if (open > i) {
      append(src.slice(i, open))
      advanceTo(open)
    }
    if (src[open + 1] === '{') {
      append('{')
      advanceTo(open + 2)
      continue
    }
    const pos = { line, column }
    const close = src.indexOf('}', open + 1)
    const newline = src.indexOf('\n', open + 1)
    if (close === -1 || (newline !== -1 && newline < close)) throw templateError('unclosedTag', pos)
    const token = classify(src.slice(open + 1, close).trim(), pos)
    const lineStart = src.lastIndexOf('\n', open - 1) + 1
    const lineEnd = newline === -1 ? src.length : newline
    const standalone = src.slice(lineStart, open).trim() === '' && src.slice(close + 1, lineEnd).trim() === ''
    if (token.t === 'field') {
      token.standalone = standalone
      flush()
      tokens.push(token)
      advanceTo(close + 1)
      continue
    }
    if (standalone) {
      text = text.replace(/[ \t]+$/, '')
      flush()
      tokens.push(token)
      advanceTo(Math.min(lineEnd + 1, src.length))
      continue
    }
    flush()
    tokens.push(token)
    advanceTo(close + 1)
  }
  flush()
  return tokens
}
