import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/letters')

export const lettersCommands: CliCommand[] = [
  {
    path: ['letters'],
    summary: 'cli.letters',
    usage:
      '--round <id or name> [--kind participant|host|home|all|certificate] [--lang sl|en|auto] [--placement <id>] [--reissue <reason> | --skip-issued] [--started] --out <dir> [--merged]',
    options: {
      round: { type: 'string' },
      kind: { type: 'string' },
      lang: { type: 'string' },
      placement: { type: 'string', multiple: true },
      out: { type: 'string' },
      merged: { type: 'boolean' },
      reissue: { type: 'string' },
      'skip-issued': { type: 'boolean' },
      started: { type: 'boolean' },
    },
    database: 'existing',
    run: lazy(load, (m) => m.runLetters),
  },
]
