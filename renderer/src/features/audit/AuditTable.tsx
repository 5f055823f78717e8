import type { AuditEntry } from '../../../../shared/domain/audit'
import { useCodeLabel } from '../../i18n/codeLabel'
import { useT } from '../../i18n/useT'
import { useFormatDateTime } from '../settings/format'
import { useValueLabel } from './valueLabel'

function Changes({ entry }: { entry: AuditEntry }) {
  const t = useT()
  const fieldLabel = useCodeLabel('audit.field')
  const actionLabel = useCodeLabel('audit.action')
  const valueLabel = useValueLabel()
  if (entry.changes.length === 0) return <span className="muted">{t('shell.none')}</span>
  const value = (field: string, v: string | null) => (v === null ? t('shell.none') : valueLabel(entry, field, v))
  // A new record (or a restore, an event) has only values after, a removed one only values before; an edit shows both.
  const shows = entry.action === 'create' || entry.action === 'restore' ? 'after' : entry.action === 'delete' ? 'before' : 'both'
  return (
    <ul className="audit-changes">
      {entry.changes.map((c, i) => (
        <li key={`${c.field}-${i}`}>
          <span className="audit-changes__field">{c.field ? fieldLabel(c.field) : entry.entity === 'setting' ? actionLabel(entry.action) : t('audit.value')}</span>
          {': '}
          {shows === 'both' ? (
            <>
              <span className="audit-changes__before">
                <span className="visually-hidden">{t('audit.column.before')} </span>
                {value(c.field, c.before)}
              </span>
              <span aria-hidden="true"> → </span>
              <span>
                <span className="visually-hidden"> {t('audit.column.after')} </span>
                {value(c.field, c.after)}
              </span>
            </>
          ) : (
            <span>{value(c.field, shows === 'after' ? c.after : c.before)}</span>
          )}
        </li>
      ))}
    </ul>
  )
}

/** Who, when, what and how: one row per entry, its edited fields listed as before → after. */
export function AuditTable({ rows }: { rows: AuditEntry[] }) {
  const t = useT()
  const formatDateTime = useFormatDateTime()
  const entityLabel = useCodeLabel('audit.entity')
  const actionLabel = useCodeLabel('audit.action')
  return (
    <table className="simple-table audit-table">
      <caption className="visually-hidden">{t('audit.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.column.at')}</th>
          <th scope="col">{t('audit.column.user')}</th>
          <th scope="col">{t('audit.column.entity')}</th>
          <th scope="col">{t('audit.column.action')}</th>
          <th scope="col">{t('audit.column.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((entry) => (
          <tr key={entry.id}>
            <td className="nowrap">
              {formatDateTime(entry.at)}
              {entry.origin === 'restore' && (
                <span className="badge audit-origin" title={t('audit.origin.restoreHint')}>
                  {t('audit.origin.restore')}
                </span>
              )}
            </td>
            <td>{entry.user}</td>
            <td>
              {entityLabel(entry.entity)}
              {entry.entityId !== null && (
                <span className="audit-record-name">
                  {entry.name && `${entry.name} `}
                  <span className="muted">#{entry.entityId}</span>
                </span>
              )}
            </td>
            <td>{actionLabel(entry.action)}</td>
            <td>
              <Changes entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
