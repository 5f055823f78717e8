import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/partners')

export const partnersCommands: CliCommand[] = [
  {
    path: ['partners', 'list'],
    summary: 'cli.partnersList',
    usage: '[--search <text>] [--sector <sector>]',
    options: { search: { type: 'string' }, sector: { type: 'string' } },
    database: 'existing',
    run: lazy(load, (m) => m.runPartnersList),
  },
  {
    path: ['partners', 'add'],
    summary: 'cli.partnersAdd',
    usage: '--name <name> --sector ministry|public-body|company|ngo|association [--tax-number <n>] [--foreign-tax-number] [--short-name <s>] [--city <c>] [--partner-since <yyyy>] [--force]',
    options: {
      name: { type: 'string' },
      sector: { type: 'string' },
      'tax-number': { type: 'string' },
      'foreign-tax-number': { type: 'boolean' },
      'short-name': { type: 'string' },
      city: { type: 'string' },
      'partner-since': { type: 'string' },
      force: { type: 'boolean' },
    },
    database: 'create',
    run: lazy(load, (m) => m.runPartnersAdd),
  },
]
