import type { Language } from '../domain/enums'
import { UserError, type Result } from '../errors'
import { fieldKind, fieldValue, type MergeContext } from './fields'
import { letterFileName } from './fileName'
import type { Template } from './template/ast'
import { evaluateTemplate } from './template/evaluate'
import { piecesToHtml } from './template/markup'
import { parseTemplate } from './template/parse'
import type { ComposedLetter, LetterData, LetterKind } from './types'

/** Parses a letter template against the real field list; throws UserError `letters.template.*` with line and column. */
export function compileTemplate(source: string): Template {
  return parseTemplate(source, fieldKind)
}

/** The letter's body as safe HTML: what the live preview shows after every edit. */
export function renderLetterBody(template: Template | string, data: LetterData, lang: Language): string {
  const compiled = typeof template === 'string' ? compileTemplate(template) : template
  const ctx: MergeContext = { data, lang }
  return piecesToHtml(evaluateTemplate(compiled, (path) => fieldValue(path, ctx)))
}

/**
 * For the editor's live preview: the body HTML, or the template's mistake as an error to translate and point
 * at (line, column), without throwing on every keystroke.
 */
export function previewLetterBody(source: string, data: LetterData, lang: Language): Result<string> {
  try {
    return { ok: true, value: renderLetterBody(source, data, lang) }
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: error.toAppError() }
    throw error
  }
}

export interface ComposeInput {
  kind: LetterKind
  language: Language
  /** Compile once per batch and pass the Template; a string is compiled here. */
  template: Template | string
  data: LetterData
}

export function composeLetter({ kind, language, template, data }: ComposeInput): ComposedLetter {
  return {
    kind,
    language,
    reference: data.letter.reference,
    bodyHtml: renderLetterBody(template, data, language),
    fileName: letterFileName({
      date: data.letter.date,
      sequence: data.letter.sequence,
      lastName: data.participant.lastName,
      firstName: data.participant.firstName,
      fullName: data.participant.fullName,
      kind,
    }),
  }
}
