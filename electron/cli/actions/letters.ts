import { resolve } from 'node:path'
import { LETTER_KIND_CHOICES, LETTER_LANGUAGE_CHOICES, type ExistingLetters, type LetterKindChoice, type LetterLanguageChoice } from '../../../shared/domain/letters'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { generateLetters, mergedFileName } from '../../services/letters/generate'
import { openChromiumPrinter } from '../../services/letters/printer'
import { findRound } from '../../services/rounds/rounds'
import { text, type CliArgs, type CliRun } from '../command'

function choice<T extends string>(args: CliArgs, option: string, allowed: readonly T[], fallback: T): T {
  const value = text(args.values, option) ?? fallback
  if (!allowed.includes(value as T)) throw new UserError('cli.badChoice', { option: `--${option}`, value, allowed: allowed.join(', ') })
  return value as T
}

function placementIds(args: CliArgs): number[] | undefined {
  const raw = args.values.placement
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => String(v).split(','))
  if (values.length === 0) return undefined
  return values.map((v) => {
    if (!/^\s*\d+\s*$/.test(v)) throw new UserError('cli.badChoice', { option: '--placement', value: v, allowed: '1, 2, 3 …' })
    return Number(v)
  })
}

/** Letters issued before: issued again for the reason given, left out, or (by default for chosen placements) refused. */
function existingChoice(args: CliArgs): ExistingLetters | undefined {
  const reason = text(args.values, 'reissue')
  const skip = args.values['skip-issued'] === true
  if (reason !== undefined && skip) throw new UserError('cli.badChoice', { option: '--reissue', value: reason, allowed: '--reissue <reason> | --skip-issued' })
  if (reason !== undefined) {
    if (reason.trim() === '') throw new UserError('cli.missingOption', { option: '--reissue <reason>' })
    return { mode: 'reissue', reason: reason.trim() }
  }
  return skip ? { mode: 'skip' } : undefined
}

export const runLetters: CliRun = async (ctx, args) => {
  const roundOption = text(args.values, 'round')
  if (!roundOption) throw new UserError('cli.missingOption', { option: '--round' })
  const out = text(args.values, 'out')
  if (!out) throw new UserError('cli.missingOption', { option: '--out' })
  const kind = choice<LetterKindChoice>(args, 'kind', LETTER_KIND_CHOICES, 'all')
  const lang = choice<LetterLanguageChoice>(args, 'lang', LETTER_LANGUAGE_CHOICES, 'auto')
  const round = findRound(ctx!, roundOption)
  const folder = resolve(out)
  const result = await generateLetters(
    ctx!,
    () => openChromiumPrinter(),
    { roundId: round.id, placementIds: placementIds(args), kind, lang, existing: existingChoice(args), started: args.values.started === true },
    { folder, mergedFileName: args.values.merged === true ? mergedFileName(ctx!, round.id) : undefined },
  )
  const letters = result.letters.map(({ placement, kind: k, lang: l, reference, file }) => ({ placement, kind: k, lang: l, reference, file }))
  const files = new Set(letters.map((l) => l.file)).size
  return {
    json: { letters, pages: result.pages },
    text: [...letters.map((l) => `${l.reference}  ${l.kind.padEnd(11)} ${l.lang}  ${l.file}`), translate(args.lang, 'cli.lettersWritten', { letters: letters.length, pages: result.pages, files, folder })].join('\n'),
  }
}
