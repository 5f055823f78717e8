import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/privacy')

export const privacyCommands: CliCommand[] = [
  {
    path: ['person', 'export'],
    summary: 'cli.personExport',
    usage: '--email <e-mail> --out <file.html|file.json>',
    options: { email: { type: 'string' }, out: { type: 'string' } },
    database: 'existing',
    run: lazy(load, (m) => m.runPersonExport),
  },
  {
    path: ['person', 'erase'],
    summary: 'cli.personErase',
    usage: '--email <e-mail> --yes',
    options: { email: { type: 'string' }, yes: { type: 'boolean' } },
    database: 'existing',
    run: lazy(load, (m) => m.runPersonErase),
  },
  {
    path: ['anonymise'],
    summary: 'cli.anonymise',
    usage: '--round <id or name> --yes',
    options: { round: { type: 'string' }, yes: { type: 'boolean' } },
    database: 'existing',
    run: lazy(load, (m) => m.runAnonymise),
  },
]
