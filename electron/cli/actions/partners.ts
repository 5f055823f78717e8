import { SECTORS, type Sector } from '../../../shared/domain/enums'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { listOrganisations } from '../../services/partners/list'
import { createOrganisation } from '../../services/partners/organisations'
import { formatTable } from '../table'
import { text, type CliRun } from '../command'

export const runPartnersList: CliRun = (ctx, args) => {
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
}

export const runPartnersAdd: CliRun = (ctx, args) => {
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
}
