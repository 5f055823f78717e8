import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/audit')

export const auditCommands: CliCommand[] = [
  {
    path: ['audit'],
    summary: 'cli.audit',
    usage: '[--entity <e>] [--action <a>] [--user <u>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--text <t>] [--limit N]',
    options: {
      entity: { type: 'string' },
      action: { type: 'string' },
      user: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      text: { type: 'string' },
      limit: { type: 'string' },
    },
    database: 'existing',
    run: lazy(load, (m) => m.runAudit),
  },
]
