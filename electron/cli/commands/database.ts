import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/database')

export const databaseCommands: CliCommand[] = [
  {
    path: ['init'],
    summary: 'cli.init',
    usage: '',
    options: {},
    database: 'create',
    run: lazy(load, (m) => m.runInit),
  },
  {
    path: ['demo'],
    summary: 'cli.demo',
    usage: '[--seed <number>]',
    options: { seed: { type: 'string' } },
    database: 'create',
    run: lazy(load, (m) => m.runDemo),
  },
  {
    path: ['backup'],
    summary: 'cli.backup',
    usage: '--out <file>',
    options: { out: { type: 'string' } },
    database: 'existing',
    run: lazy(load, (m) => m.runBackup),
  },
  {
    path: ['restore'],
    summary: 'cli.restore',
    usage: '<backup-file> [--dry-run]',
    options: { 'dry-run': { type: 'boolean' } },
    database: 'existing',
    run: lazy(load, (m) => m.runRestore),
  },
]
