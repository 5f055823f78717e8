import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/stats')

const PERIOD_OPTIONS = { year: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, round: { type: 'string' } } as const
const PERIOD_USAGE = '--year <yyyy> | --from <yyyy> --to <yyyy> | --round <id or name>'

export const statsCommands: CliCommand[] = [
  {
    path: ['stats'],
    summary: 'stats.cli.show',
    usage: PERIOD_USAGE,
    options: PERIOD_OPTIONS,
    database: 'existing',
    run: lazy(load, (m) => m.runStats),
  },
  {
    path: ['stats', 'export'],
    summary: 'stats.cli.export',
    usage: `${PERIOD_USAGE} --out <file.xlsx> [--detail] [--personal] [--lang sl|en]`,
    options: { ...PERIOD_OPTIONS, out: { type: 'string' }, detail: { type: 'boolean' }, personal: { type: 'boolean' } },
    database: 'existing',
    run: lazy(load, (m) => m.runStatsExport),
  },
]
