import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/planning')

export const planningCommands: CliCommand[] = [
  {
    path: ['round', 'plan'],
    summary: 'cli.roundPlan',
    usage: '--round <id|name>',
    options: { round: { type: 'string' } },
    database: 'existing',
    run: lazy(load, (m) => m.runRoundPlan),
  },
  {
    path: ['round', 'placements'],
    summary: 'cli.roundPlacements',
    usage: '--round <id|name>',
    options: { round: { type: 'string' } },
    database: 'existing',
    run: lazy(load, (m) => m.runRoundPlacements),
  },
]
