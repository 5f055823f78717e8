import type { Language } from '../domain/enums'
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
