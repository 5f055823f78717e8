import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/rounds')

export const roundsCommands: CliCommand[] = [
  {
    path: ['rounds', 'list'],
    summary: 'cli.roundsList',
    usage: '',
    options: {},
    database: 'existing',
    run: lazy(load, (m) => m.runRoundsList),
  },
  {
    path: ['rounds', 'add'],
    summary: 'cli.roundsAdd',
    usage: '--name <name> [--kind call|rolling] [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
    options: { name: { type: 'string' }, kind: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
    database: 'create',
    run: lazy(load, (m) => m.runRoundsAdd),
  },
]
