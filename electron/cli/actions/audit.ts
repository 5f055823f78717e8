import { auditFilters } from '../../../shared/api/audit'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { listAudit } from '../../services/auditlog/list'
import { formatTable } from '../table'
import { text, type CliRun } from '../command'

const DEFAULT_LIMIT = 100

export const runAudit: CliRun = (ctx, args) => {
  const v = args.values
  const limitText = text(v, 'limit')
  if (limitText !== undefined && !/^[1-9]\d{0,5}$/.test(limitText)) throw new UserError('cli.badNumber', { option: '--limit', value: limitText })
  const filters = auditFilters.parse({
    entity: text(v, 'entity'),
    action: text(v, 'action'),
    user: text(v, 'user'),
    from: text(v, 'from'),
    to: text(v, 'to'),
    text: text(v, 'text'),
  })
  const page = listAudit(ctx!, filters, 0, limitText === undefined ? DEFAULT_LIMIT : Number(limitText))
  const changes = (c: { field: string; before: string | null; after: string | null }) => `${c.field ? `${c.field}: ` : ''}${c.before ?? '—'} → ${c.after ?? '—'}`
  const table = formatTable(
    ['at', 'user', 'entity', 'id', 'action', 'changes'],
    page.rows.map((r) => [r.at, r.user, r.entity, r.entityId, r.action, r.changes.map(changes).join('; ').slice(0, 120)]),
  )
  return {
    json: page.rows,
    text: `${table}\n${translate(args.lang, 'cli.auditShown', { shown: page.rows.length, total: page.total })}`,
  }
}
