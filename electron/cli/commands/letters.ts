import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/letters')

export const lettersCommands: CliCommand[] = [
  {
    path: ['letters'],
    summary: 'cli.letters',
    usage: '--round <id or name> [--kind participant|host|home|all] [--lang sl|en|auto] [--placement <id>] --out <dir> [--merged]',
    options: {
      round: { type: 'string' },
      kind: { type: 'string' },
      lang: { type: 'string' },
      placement: { type: 'string', multiple: true },
      out: { type: 'string' },
      merged: { type: 'boolean' },
    },
    database: 'existing',
    run: lazy(load, (m) => m.runLetters),
  },
]
