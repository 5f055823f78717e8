import { IntlMessageFormat } from 'intl-messageformat'
import type { Language } from '../../../../shared/domain/enums'
import { importMessages } from '../../../../shared/i18n/messages/import'
import { problemMessage } from '../../../../shared/import/problemMessage'
import type { ImportPreview, ImportProblem } from '../../../../shared/import/types'
import { UserError } from '../../../../shared/errors'

/** Formats import messages the way the app will once the catalogue is registered; a missing key fails loudly. */
export function translator(lang: Language) {
  return (key: string, values: Record<string, string | number>): string => {
    const source = importMessages[lang][key]
    if (source === undefined) throw new Error(`no ${lang} message for ${key}`)
    return String(new IntlMessageFormat(source, lang === 'sl' ? 'sl-SI' : 'en-GB').format(values))
  }
}

export const say = (problem: ImportProblem, lang: Language = 'sl') => problemMessage(problem, translator(lang), lang)

/** Every problem of the preview as the user reads it. */
export const allMessages = (preview: ImportPreview, lang: Language = 'sl') =>
  [...preview.notices, ...preview.rows.flatMap((r) => r.problems)].map((p) => say(p, lang))

/** The message of a user error as shown to the user. */
export function errorMessage(error: unknown, lang: Language = 'sl'): string {
  if (!(error instanceof UserError)) throw error
  return translator(lang)(`error.${error.code}`, error.params)
}

/** Awaits a promise that must fail with a UserError and returns it. */
export async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof UserError) return error
    throw error
  }
  throw new Error('expected a UserError, but it succeeded')
}

/** The problems of the rows only, without the sheet's notices. */
export const rowMessages = (preview: ImportPreview, lang: Language = 'sl') => preview.rows.flatMap((r) => r.problems).map((p) => say(p, lang))
