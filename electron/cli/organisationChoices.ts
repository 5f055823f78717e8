import { SECTORS, type Sector } from '../../shared/domain/enums'
import { UserError } from '../../shared/errors'
import type { ImportPreview } from '../../shared/import/types'
import { organisationNameKey } from '../../shared/text'
import type { ServiceContext } from '../services/context'
import type { OrganisationChoice } from '../services/import/store/prepare'
import { OrganisationIndex } from '../services/import/store/organisations'
import type { CliArgs } from './command'

/** The options of `nominations import` and `offers import` that `organisationChoices` reads (see commands/imports). */
type Option = 'map-organisation' | 'add-organisation'

function pairs(args: CliArgs, option: Option): Array<[name: string, value: string]> {
  const values = args.values[option]
  return (Array.isArray(values) ? values : []).map((raw) => {
    const text = String(raw)
    // The last '=': a sector or a partner id never holds one, a name in a file might.
    const at = text.lastIndexOf('=')
    const [name, value] = [text.slice(0, at).trim(), text.slice(at + 1).trim()]
    if (at < 0 || name === '' || value === '') throw new UserError('cli.badOrganisationChoice', { option: `--${option}`, value: text })
    return [name, value]
  })
}

export function organisationChoices(ctx: ServiceContext, args: CliArgs): Record<string, OrganisationChoice> {
  const choices: Record<string, OrganisationChoice> = {}
  const mapped = pairs(args, 'map-organisation')
  const index = mapped.length > 0 ? new OrganisationIndex(ctx) : null
  const exists = ctx.conn.sqlite.prepare('SELECT id FROM organisations WHERE id = ?').pluck()
  for (const [name, partner] of mapped) {
    const id = /^\d+$/.test(partner) ? (exists.get(Number(partner)) as number | undefined) : index!.resolve({ name: partner, taxNumber: null })?.id
    if (id === undefined) throw new UserError('cli.partnerNotFound', { partner, option: '--map-organisation' })
    choices[name] = { partner: id }
  }
  for (const [name, sector] of pairs(args, 'add-organisation')) {
    if (!SECTORS.includes(sector as Sector)) throw new UserError('cli.badSector', { value: sector, allowed: SECTORS.join(', ') })
    choices[name] = { create: sector as Sector }
  }
  return choices
}

/** The names given that no row of the file names (a typing error, most likely): each is worth a warning. */
export function choicesNotInFile(choices: Record<string, OrganisationChoice>, preview: ImportPreview): Array<{ name: string; option: string }> {
  const inFile = new Set(preview.rows.map((row) => row.values.organisation).filter((v): v is string => typeof v === 'string').map(organisationNameKey))
  return Object.entries(choices)
    .filter(([name]) => !inFile.has(organisationNameKey(name)))
    .map(([name, choice]) => ({ name, option: 'partner' in choice ? '--map-organisation' : '--add-organisation' }))
}
