import { resolve } from 'node:path'
import type { Language } from '../../../shared/domain/enums'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import type { ImportProfile } from '../../../shared/import/fields'
import { previewSummary } from '../../../shared/import/summary'
import type { ImportPreview } from '../../../shared/import/types'
import type { ServiceContext } from '../../services/context'
import { writeUserFile } from '../../services/files'
import { writeTemplate } from '../../services/import'
import { commitImport } from '../../services/import/store/commit'
import { listImportBatches } from '../../services/import/store/history'
import { listNominations } from '../../services/import/store/nominationsList'
import { previewForDatabase, type ImportRequest } from '../../services/import/store/prepare'
import { undoImport } from '../../services/import/store/undo'
import { findRound } from '../../services/rounds/rounds'
import { formatTable } from '../table'
import { text, type CliArgs, type CliOutput, type CliRun } from '../command'
import { choicesNotInFile, organisationChoices } from '../organisationChoices'

function requiredText(args: CliArgs, option: string): string {
  const value = text(args.values, option)
  if (!value) throw new UserError('cli.missingOption', { option: `--${option}` })
  return value
}

function onePath(args: CliArgs): string {
  const [path, ...extra] = args.positionals
  if (!path || extra.length > 0) throw new UserError('cli.missingOption', { option: '<path>' })
  return resolve(path)
}

function headerRowOf(args: CliArgs): number | undefined {
  const value = text(args.values, 'header-row')
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UserError('cli.badChoice', { option: '--header-row', value, allowed: '1, 2, 3, …' })
  return Number(value)
}

/** Rows naming a person whose data was erased: an error each, unless --allow-erased imports them anyway. */
function erasedRows(preview: ImportPreview): Array<{ row: number; erasedOn: string; overridden: boolean }> {
  return preview.rows.flatMap((r) => {
    const problem = r.problems.find((p) => p.code === 'erased_person' || p.code === 'erased_person_allowed')
    return problem ? [{ row: r.row, erasedOn: String(problem.params.date), overridden: problem.code === 'erased_person_allowed' }] : []
  })
}

/** One import run as the CLI does it: the preview, then (unless --dry-run or blocked) the import; one JSON object. */
async function runImport(ctx: ServiceContext, args: CliArgs, kind: ImportProfile['kind']): Promise<CliOutput> {
  const path = onePath(args)
  const roundId = kind === 'partners' ? null : findRound(ctx, requiredText(args, 'round')).id
  const request: ImportRequest = {
    kind, roundId, sheet: text(args.values, 'sheet'), headerRow: headerRowOf(args), createOrganisations: args.values['create-organisations'] === true,
    organisations: kind === 'partners' ? undefined : organisationChoices(ctx, args), allowErased: args.values['allow-erased'] === true,
  }
  const { preview, world } = await previewForDatabase(ctx, { path }, request)
  const dryRun = args.values['dry-run'] === true
  const outcome = await commitImport(ctx, preview, world, request, { dryRun, skipInvalid: args.values['skip-invalid'] === true })
  const lang: Language = args.lang
  const { warnings, errors, ...summary } = previewSummary(preview, (key, values) => translate(lang, key, values), lang)
  const unused = choicesNotInFile(request.organisations ?? {}, preview)
  const json = { ...summary, imported: outcome.imported, batch: outcome.batch, errors, warnings, erased: erasedRows(preview), organisationChoicesNotInFile: unused.map((u) => u.name) }
  const lines = [translate(lang, 'import.cli.summary', { ...json, imported: outcome.imported }), ...errors.map((e) => e.message), ...warnings.map((w) => w.message),
    ...unused.map((u) => translate(lang, 'cli.organisationNotInFile', u))]
  if (outcome.batch !== null) lines.push(translate(lang, 'import.cli.batch', { batch: outcome.batch, backup: outcome.backup ?? '' }))
  if (dryRun) lines.push(translate(lang, 'import.cli.dryRun'))
  if (outcome.blocked) return { json, text: lines.join('\n'), exitCode: 1, message: translate(lang, 'import.cli.blocked') }
  return { json, text: lines.join('\n') }
}

export const runNominationsImport: CliRun = (ctx, args) => runImport(ctx!, args, 'nominations')
export const runPartnersImport: CliRun = (ctx, args) => runImport(ctx!, args, 'partners')
export const runOffersImport: CliRun = (ctx, args) => runImport(ctx!, args, 'offers')

const TEMPLATE_KINDS = ['nominations', 'partners', 'offers'] as const

export const runNominationsList: CliRun = (ctx, args) => {
  const rows = listNominations(ctx!, findRound(ctx!, requiredText(args, 'round')).id)
  const table = formatTable(
    ['id', 'lastName', 'firstName', 'email', 'organisation', 'from', 'to', 'status', 'batch'],
    rows.map((r) => [r.id, r.lastName, r.firstName, r.email, r.organisation, r.availableFrom, r.availableTo, r.status, r.importBatchId]),
  )
  return { json: rows, text: `${table}\n${translate(args.lang, 'cli.count', { count: rows.length })}` }
}

export const runNominationsUndo: CliRun = async (ctx, args) => {
  const batch = args.positionals[0]
  if (!batch || !/^\d+$/.test(batch)) throw new UserError('cli.missingOption', { option: '<batch>' })
  const result = await undoImport(ctx!, Number(batch))
  return { json: result, text: translate(args.lang, 'import.cli.undone', { batch: result.batch, ...result.removed }) }
}

export const runImportsList: CliRun = (ctx, args) => {
  const rows = listImportBatches(ctx!)
  const table = formatTable(
    ['id', 'kind', 'round', 'file', 'importedAt', 'imported', 'undoneAt'],
    rows.map((r) => [r.id, r.kind, r.roundName, r.fileName, r.importedAt, r.imported, r.undoneAt]),
  )
  return { json: rows, text: `${table}\n${translate(args.lang, 'cli.count', { count: rows.length })}` }
}

export const runTemplate: CliRun = async (ctx, args) => {
  const kind = args.positionals[0] ?? ''
  if (!TEMPLATE_KINDS.includes(kind as (typeof TEMPLATE_KINDS)[number])) throw new UserError('cli.badChoice', { option: 'template', value: kind, allowed: TEMPLATE_KINDS.join(', ') })
  const out = resolve(requiredText(args, 'out'))
  const db = ctx!.conn.sqlite
  const partnerNames = (db.prepare("SELECT name FROM organisations WHERE status != 'former' ORDER BY sort_key").all() as Array<{ name: string }>).map((r) => r.name)
  const round = text(args.values, 'round')
  const challenges = round ? (db.prepare('SELECT title FROM challenges WHERE round_id = ? ORDER BY id').all(findRound(ctx!, round).id) as Array<{ title: string }>).map((r) => r.title) : undefined
  const bytes = await writeTemplate({ profile: kind as (typeof TEMPLATE_KINDS)[number], lang: args.lang, partnerNames, challenges })
  writeUserFile(ctx!, out, bytes)
  return { json: { file: out, kind, lang: args.lang }, text: translate(args.lang, 'import.cli.templateSaved', { file: out }) }
}
