import { ROUND_KINDS, type RoundKind } from '../../../shared/domain/enums'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { createRound, listRounds } from '../../services/rounds/rounds'
import { formatTable } from '../table'
import { text, type CliRun } from '../command'

export const runRoundsList: CliRun = (ctx, args) => {
  const rows = listRounds(ctx!)
  const table = formatTable(
    ['id', 'name', 'kind', 'from', 'to', 'status', 'placements'],
    rows.map((r) => [r.id, r.name, r.kind, r.startsOn, r.endsOn, r.status, r.placements]),
  )
  return { json: rows, text: `${table}\n${translate(args.lang, 'cli.count', { count: rows.length })}` }
}

export const runRoundsAdd: CliRun = (ctx, args) => {
  const v = args.values
  const name = text(v, 'name')
  if (!name) throw new UserError('cli.missingOption', { option: '--name' })
  const kind = text(v, 'kind') ?? 'call'
  if (!ROUND_KINDS.includes(kind as RoundKind)) throw new UserError('cli.badChoice', { option: '--kind', value: kind, allowed: ROUND_KINDS.join(', ') })
  const round = createRound(ctx!, { name, kind: kind as RoundKind, startsOn: text(v, 'from') ?? null, endsOn: text(v, 'to') ?? null })
  return { json: round, text: translate(args.lang, 'cli.roundAdded', { name: round.name, id: round.id }) }
}
