import { LANGUAGES, type Language } from '../../shared/domain/enums'
import { UserError } from '../../shared/errors'

export interface GlobalArgs {
  db: string | undefined
  lang: Language
  json: boolean
  help: boolean
  rest: string[]
}

/**
 * Commands with a --lang of their own (the letters' language, which may be `auto`): after their name, --lang
 * belongs to the command; before it, it is still the language of messages.
 */
const OWN_LANG_COMMANDS = new Set(['letters'])

/** Takes --db, --lang, --json and --help from anywhere on the line; the rest belongs to the command. */
export function extractGlobals(argv: string[]): GlobalArgs {
  const result: GlobalArgs = { db: undefined, lang: 'en', json: false, help: false, rest: [] }
  let langError: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? ''
    const [flag, inline] = token.startsWith('--') && token.includes('=') ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)] : [token, undefined]
    const takeValue = () => {
      if (inline !== undefined) return inline
      const next = argv[i + 1]
      if (next === undefined || next.startsWith('--')) throw new UserError('cli.missingValue', { option: flag })
      i++
      return next
    }
    if (flag === '--db') result.db = takeValue()
    else if (flag === '--lang' && OWN_LANG_COMMANDS.has(result.rest[0] ?? '')) result.rest.push('--lang', takeValue())
    else if (flag === '--lang') {
      const lang = takeValue()
      if (LANGUAGES.includes(lang as Language)) result.lang = lang as Language
      else langError = lang
    } else if (flag === '--json') result.json = true
    else if (flag === '--help' || flag === '-h') result.help = true
    else result.rest.push(token)
  }
  if (langError !== undefined) throw new UserError('cli.badChoice', { option: '--lang', value: langError, allowed: LANGUAGES.join(', ') })
  return result
}
