import { SECTORS } from '../../../shared/domain/enums'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { toStatsJson } from '../../../shared/stats/cliJson'
import { DIRECTIONS, directionKey } from '../../../shared/stats/definitions'
import { formatFactor, formatFigure } from '../../../shared/stats/format'
import type { StatsPeriodInput } from '../../../shared/stats/period'
import { periodMessage } from '../../../shared/stats/periodLabel'
import type { Statistics } from '../../../shared/stats/types'
import type { ServiceContext } from '../../services/context'
import { findRound } from '../../services/rounds/rounds'
import { backupFolder } from '../../services/settings/backups'
import { exportStatisticsWorkbook } from '../../services/stats/export/workbook'
import { getStatistics } from '../../services/stats/statistics'
import { text, type CliArgs, type CliRun } from '../command'
import { formatTable } from '../table'

function yearOption(args: CliArgs, name: string): number {
  const value = text(args.values, name)
  if (value === undefined) throw new UserError('cli.missingOption', { option: `--${name}` })
  // The service checks the range; here only that it is a whole number at all.
  if (!/^\d{1,6}$/.test(value.trim())) throw new UserError('stats.badYear', { year: value, first: 2000, last: 2100 })
  return Number(value.trim())
}

/** Exactly one of: a year, a range of years, a round (by id or name). */
export function periodFromArgs(ctx: ServiceContext, args: CliArgs): StatsPeriodInput {
  const given = (['year', 'from', 'to', 'round'] as const).filter((name) => text(args.values, name) !== undefined)
  const kinds = new Set(given.map((name) => (name === 'from' || name === 'to' ? 'range' : name)))
  if (kinds.size === 0) throw new UserError('stats.periodMissing', {})
  if (kinds.size > 1) throw new UserError('stats.periodConflict', { options: given.map((g) => `--${g}`).join(', ') })
  if (kinds.has('year')) return { year: yearOption(args, 'year') }
  if (kinds.has('round')) return { roundId: findRound(ctx, text(args.values, 'round')!).id }
  return { from: yearOption(args, 'from'), to: yearOption(args, 'to') }
}

/** The figures as a reader sees them in a terminal: key figures, then the tables behind them, in the user's language. */
export function statisticsText(lang: CliArgs['lang'], stats: Statistics): string {
  const t = (key: string, values?: Record<string, unknown>) => translate(lang, key, values)
  const n = (value: number | null, decimals = 0) => formatFigure(lang, value, decimals)
  const { key, values } = periodMessage(stats.period)
  const { participants: p, organisations: o, personDays: d, teams, workshops: w, feedback: f } = stats
  const keyFigures = formatTable(
    [t('stats.column.figure'), t('stats.column.value')],
    [
      [t('stats.figure.participants'), n(p.total)],
      [t('stats.figure.people'), n(p.people)],
      [t('stats.figure.organisations'), n(o.total)],
      [t('stats.figure.newPartners'), n(o.newPartners)],
      [t('stats.column.sending'), n(o.sending)],
      [t('stats.column.hosting'), n(o.hosting)],
      [t('stats.column.reciprocal'), n(o.reciprocal)],
      [t('stats.measure.offersOnly'), n(o.offersOnly)],
      [t('stats.measure.planned'), n(d.planned)],
      [t('stats.measure.actual'), n(d.actual)],
      [t('stats.measure.averagePlanned'), n(d.averagePlanned, 1)],
      [t('stats.measure.averageActual'), n(d.averageActual, 1)],
      [t('stats.measure.challenges'), n(teams.challenges)],
      [t('stats.measure.teams'), n(teams.teams)],
      [t('stats.measure.mixedTeams'), n(teams.mixedTeams)],
      [t('stats.measure.workshops'), n(w.workshops)],
      [t('stats.measure.attended'), n(w.attended)],
      [t('stats.column.participantRatings'), `${n(f.participant.mean, 2)} (${n(f.participant.responses)})`],
      [t('stats.column.hostRatings'), `${n(f.host.mean, 2)} (${n(f.host.responses)})`],
    ],
  )
  const bySector = formatTable(
    [t('stats.column.sector'), t('stats.column.participants'), t('stats.column.organisations'), t('stats.column.newPartners')],
    SECTORS.map((s) => [t(`partners.sector.${s}`), n(p.byHomeSector[s]), n(o.bySector[s]), n(o.newPartnersBySector[s])]),
  )
  const byDirection = formatTable(
    [t('stats.column.direction'), t('stats.column.participants')],
    DIRECTIONS.map((dir) => [t(directionKey(dir)), n(p.byDirection[dir])]),
  )
  const growth = formatTable(
    [t('stats.column.year'), t('stats.column.ministries'), t('stats.column.companies'), t('stats.column.ngos'), t('stats.column.participants'), t('stats.column.participantsFactor')],
    stats.growth.map((g) => [String(g.year), n(g.ministries), n(g.companies), n(g.ngos), n(g.participants), formatFactor(lang, g.participantsFactor)]),
  )
  return [
    `${t('stats.workbook.title')} — ${t(key, values)}`,
    '',
    keyFigures,
    '',
    t('stats.table.byHomeSector'),
    bySector,
    '',
    t('stats.table.byDirection'),
    byDirection,
    '',
    t('stats.table.growth'),
    growth,
  ].join('\n')
}

export const runStats: CliRun = (ctx, args) => {
  const stats = getStatistics(ctx!.conn, periodFromArgs(ctx!, args))
  return { json: toStatsJson(stats), text: statisticsText(args.lang, stats) }
}

export const runStatsExport: CliRun = async (ctx, args) => {
  const out = text(args.values, 'out')
  if (!out) throw new UserError('cli.missingOption', { option: '--out' })
  if (!/\.xlsx$/i.test(out)) throw new UserError('stats.notXlsx', { path: out })
  const personal = args.values.personal === true
  const result = await exportStatisticsWorkbook(ctx!.conn, periodFromArgs(ctx!, args), {
    file: out,
    lang: args.lang,
    detail: args.values.detail === true || personal,
    includePersonalData: personal,
    now: ctx!.now(),
    backupFolder: backupFolder(ctx!),
  })
  const lines = [translate(args.lang, 'stats.export.done', { file: result.file })]
  if (personal) lines.push(translate(args.lang, 'stats.export.personalDataWarning'))
  return { json: { file: result.file, sheets: result.sheets, detailRows: result.detailRows, statistics: toStatsJson(result.statistics) }, text: lines.join('\n') }
}
