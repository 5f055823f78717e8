import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Connection } from '../../db/connection'
import { openDatabase } from '../../db/open'
import type { Language } from '../../shared/domain/enums'
import { UserError, type AppError } from '../../shared/errors'
import { translate, translateError } from '../../shared/i18n/format'
import { toAppError } from '../router'
import { osUser, type ServiceContext } from '../services/context'
import type { CliCommand, CliIo } from './command'
import { auditCommands } from './commands/audit'
import { consentCommand } from './commands/consent'
import { databaseCommands } from './commands/database'
import { lettersCommands } from './commands/letters'
import { partnersCommands } from './commands/partners'
import { importCommands } from './commands/imports'
import { planningCommands } from './commands/planning'
import { privacyCommands } from './commands/privacy'
import { roundsCommands } from './commands/rounds'
import { statsCommands } from './commands/stats'
import { extractGlobals } from './globals'

export const COMMANDS: CliCommand[] = [
  ...databaseCommands,
  ...partnersCommands,
  ...roundsCommands,
  ...auditCommands,
  ...privacyCommands,
  ...importCommands,
  consentCommand,
  ...planningCommands,
  ...lettersCommands,
  ...statsCommands,
]

/** Field names of the contract as the CLI spells its options. */
const OPTION_FOR_FIELD: Record<string, string> = { startsOn: 'from', endsOn: 'to', taxNumberForeign: 'foreign-tax-number' }
const optionName = (field: string) => `--${OPTION_FOR_FIELD[field] ?? field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

export function describeError(lang: Language, error: AppError): string {
  if (error.code !== 'invalidInput' || !error.fields) return translateError(lang, error)
  return Object.entries(error.fields)
    .map(([field, f]) => `${optionName(field)}: ${translate(lang, `field.${f.code}`, f.params)}`)
    .join('\n')
}

function helpText(lang: Language, command?: CliCommand): string {
  if (command) return `${translate(lang, command.summary)}\n\nnpm run desk -- --db <file> ${command.path.join(' ')} ${command.usage}`.trimEnd()
  const lines = COMMANDS.map((c) => `  ${[...c.path, c.usage].join(' ').padEnd(44)} ${translate(lang, c.summary)}`)
  return [translate(lang, 'cli.usage'), '', ...lines, '', translate(lang, 'cli.globalOptions')].join('\n')
}

function findCommand(words: string[]): { command: CliCommand; rest: string[] } | undefined {
  const matches = COMMANDS.filter((c) => c.path.every((w, i) => words[i] === w)).sort((a, b) => b.path.length - a.path.length)
  const command = matches[0]
  return command ? { command, rest: words.slice(command.path.length) } : undefined
}

async function openFor(command: CliCommand, db: string | undefined, now: () => Date): Promise<ServiceContext | null> {
  if (command.database === 'none') return null
  if (!db) throw new UserError('cli.missingOption', { option: '--db' })
  const file = resolve(db)
  const ctx: ServiceContext = {
    conn: undefined as unknown as Connection,
    user: osUser(),
    now,
    defaultBackupFolder: join(dirname(file), 'backups'),
    reopen: (f) => openDatabase(f, { create: false }),
  }
  ctx.conn = await openDatabase(file, { create: command.database === 'create' })
  return ctx
}

/** Runs one command line; returns the exit code (0 done, 1 the user's input was wrong, 2 our fault). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let lang: Language = 'en'
  let ctx: ServiceContext | null = null
  try {
    const globals = extractGlobals(argv)
    lang = globals.lang
    const found = findCommand(globals.rest)
    if (!found) {
      if (globals.help || globals.rest.length === 0) {
        io.out(helpText(lang))
        return globals.help ? 0 : 1
      }
      throw new UserError('cli.unknownCommand', { command: globals.rest.join(' ') })
    }
    if (globals.help) {
      io.out(helpText(lang, found.command))
      return 0
    }
    let parsed
    try {
      parsed = parseArgs({ args: found.rest, options: found.command.options, allowPositionals: true, strict: true })
    } catch (error) {
      throw new UserError('cli.badArguments', { detail: error instanceof Error ? error.message : String(error) })
    }
    ctx = await openFor(found.command, globals.db, io.now ?? (() => new Date()))
    const output = await found.command.run(ctx, { ...parsed, lang, json: globals.json, db: globals.db })
    io.out(globals.json ? JSON.stringify(output.json, null, 2) : output.text)
    if (output.message) io.err(output.message)
    return output.exitCode ?? 0
  } catch (error) {
    const appError = toAppError(error, (e) => io.err(e instanceof Error ? (e.stack ?? e.message) : String(e)), ctx?.conn?.file)
    io.err(describeError(lang, appError))
    return appError.code === 'internal' ? 2 : 1
  } finally {
    ctx?.conn?.sqlite.close()
  }
}
