import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/planning')

export const planningCommands: CliCommand[] = [
  {
    path: ['round', 'plan'],
    summary: 'cli.roundPlan',
    usage: '--round <id|name> [--dry-run | --undo]',
    options: { round: { type: 'string' }, 'dry-run': { type: 'boolean' }, undo: { type: 'boolean' } },
    database: 'existing',
    run: lazy(load, (m) => m.runRoundPlan),
  },
  {
    path: ['round', 'restore-proposal'],
    summary: 'cli.roundRestoreProposal',
    usage: '--round <id|name>',
    options: { round: { type: 'string' } },
    database: 'existing',
    run: lazy(load, (m) => m.runRestoreProposal),
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
