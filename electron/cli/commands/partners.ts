import { SECTORS, type Sector } from '../../../shared/domain/enums'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { listOrganisations } from '../../services/partners/list'
import { createOrganisation } from '../../services/partners/organisations'
import { formatTable } from '../table'
import { text, type CliCommand } from '../command'

export const partnersCommands: CliCommand[] = [
  {
    path: ['partners', 'list'],
    summary: 'cli.partnersList',
    usage: '[--search <text>] [--sector <sector>]',
    options: { search: { type: 'string' }, sector: { type: 'string' } },
    database: 'existing',
    run: (ctx, args) => {
      const sector = text(args.values, 'sector')
      if (sector !== undefined && !SECTORS.includes(sector as Sector))
        throw new UserError('cli.badSector', { value: sector, allowed: SECTORS.join(', ') })
      const { rows, total } = listOrganisations(ctx!, {
        search: text(args.values, 'search'),
        sectors: sector ? [sector as Sector] : undefined,
      })
      const table = formatTable(
        ['id', 'name', 'sector', 'taxNumber', 'city', 'status'],
        rows.map((r) => [r.id, r.name, r.sector, r.taxNumber, r.city, r.status]),
      )
      return { json: rows, text: `${table}\n${translate(args.lang, 'cli.count', { count: total })}` }
    },
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
    run: (ctx, args) => {
      const v = args.values
      const name = text(v, 'name')
      if (!name) throw new UserError('cli.missingOption', { option: '--name' })
      const sector = text(v, 'sector')
      if (!sector) throw new UserError('cli.missingOption', { option: '--sector' })
      if (!SECTORS.includes(sector as Sector)) throw new UserError('cli.badSector', { value: sector, allowed: SECTORS.join(', ') })
      const since = text(v, 'partner-since')
      if (since !== undefined && !/^\d{4}$/.test(since)) throw new UserError('cli.badNumber', { option: '--partner-since', value: since })
      const result = createOrganisation(
        ctx!,
        {
          name,
          sector: sector as Sector,
          taxNumber: text(v, 'tax-number') ?? null,
          taxNumberForeign: v['foreign-tax-number'] === true,
          shortName: text(v, 'short-name') ?? null,
          city: text(v, 'city') ?? null,
          partnerSince: since === undefined ? null : Number(since),
        },
        v.force === true,
      )
      if (result.status === 'duplicates') {
        const names = result.candidates.map((c) => `${c.name} (id ${c.id})`).join('; ')
        throw new UserError('cli.possibleDuplicate', { names })
      }
      const org = result.organisation
      return { json: org, text: translate(args.lang, 'cli.partnerAdded', { name: org.name, id: org.id }) }
    },
  },
]
