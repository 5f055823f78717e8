import type { ParseArgsConfig } from 'node:util'
import type { Language } from '../../shared/domain/enums'
import type { ServiceContext } from '../services/context'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  /** The clock, for tests that run a command on a given day; the real one otherwise. */
  now?: () => Date
}

export interface CliArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>
  positionals: string[]
  lang: Language
  json: boolean
  db: string | undefined
}

/** What a command produced: `json` is printed with --json, `text` otherwise. */
export interface CliOutput {
  json: unknown
  text: string
  /** Exit code when not 0: the output is still printed (an import that found invalid rows reports them). */
  exitCode?: number
  /** Printed on stderr whatever the format (why the exit code is not 0). */
  message?: string
}

export interface CliCommand {
  /** Words that name it: ['partners', 'list']. */
  path: string[]
  /** Catalogue key of the one-line description. */
  summary: string
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  /** Whether it needs --db, and whether it may create the file. */
  database: 'create' | 'existing' | 'none'
  run: CliRun
}

export type CliRun = (ctx: ServiceContext | null, args: CliArgs) => Promise<CliOutput> | CliOutput

/**
 * A command's work, loaded when the command runs: `--help` and `partners list` never evaluate the services
 * and libraries of the other commands (exceljs, pdf-lib, playwright-core…). In the built CLI each
 * `import()` is a chunk of its own.
 */
export function lazy<M>(load: () => Promise<M>, pick: (module: M) => CliRun): CliRun {
  return async (ctx, args) => pick(await load())(ctx, args)
}

export function text(values: CliArgs['values'], name: string): string | undefined {
  const v = values[name]
  return typeof v === 'string' ? v : undefined
}
