import { ROUND_KINDS, type RoundKind } from '../../../shared/domain/enums'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { createRound, listRounds } from '../../services/rounds/rounds'
import { formatTable } from '../table'
import { text, type CliCommand } from '../command'

export const roundsCommands: CliCommand[] = [
  {
    path: ['rounds', 'list'],
    summary: 'cli.roundsList',
    usage: '',
    options: {},
    database: 'existing',
    run: (ctx, args) => {
      const rows = listRounds(ctx!)
      const table = formatTable(
        ['id', 'name', 'kind', 'from', 'to', 'status', 'placements'],
        rows.map((r) => [r.id, r.name, r.kind, r.startsOn, r.endsOn, r.status, r.placements]),
      )
      return { json: rows, text: `${table}\n${translate(args.lang, 'cli.count', { count: rows.length })}` }
    },
  },
  {
    path: ['rounds', 'add'],
    summary: 'cli.roundsAdd',
    usage: '--name <name> [--kind call|rolling] [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
    options: { name: { type: 'string' }, kind: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
    database: 'create',
    run: (ctx, args) => {
      const v = args.values
      const name = text(v, 'name')
      if (!name) throw new UserError('cli.missingOption', { option: '--name' })
      const kind = text(v, 'kind') ?? 'call'
      if (!ROUND_KINDS.includes(kind as RoundKind)) throw new UserError('cli.badChoice', { option: '--kind', value: kind, allowed: ROUND_KINDS.join(', ') })
      const round = createRound(ctx!, { name, kind: kind as RoundKind, startsOn: text(v, 'from') ?? null, endsOn: text(v, 'to') ?? null })
      return { json: round, text: translate(args.lang, 'cli.roundAdded', { name: round.name, id: round.id }) }
    },
  },
]
