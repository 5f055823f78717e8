import type { AuditEntry } from '../../../../shared/domain/audit'
import { presentEntry, type PresentedEntry } from '../../../../shared/audit/present'
import { useLanguage } from '../../i18n/LanguageProvider'
import { useT } from '../../i18n/useT'
import { useFormatDateTime } from '../settings/format'

function Changes({ shown }: { shown: PresentedEntry }) {
  const t = useT()
  if (shown.changes.length === 0) return <span className="muted">{t('shell.none')}</span>
  const value = (v: string | null) => v ?? t('shell.none')
  return (
    <ul className="audit-changes">
      {shown.changes.map((c, i) => (
        <li key={`${c.label}-${i}`}>
          <span className="audit-changes__field">{c.label}</span>
          {': '}
          {shown.shows === 'both' ? (
            <>
              <span className="audit-changes__before">
                <span className="visually-hidden">{t('audit.column.before')} </span>
                {value(c.before)}
              </span>
              <span aria-hidden="true"> → </span>
              <span>
                <span className="visually-hidden"> {t('audit.column.after')} </span>
                {value(c.after)}
              </span>
            </>
          ) : (
            <span>{value(c.after ?? c.before)}</span>
          )}
        </li>
      ))}
    </ul>
  )
}

function Row({ entry }: { entry: AuditEntry }) {
  const t = useT()
  const { language } = useLanguage()
  const formatDateTime = useFormatDateTime()
  const shown = presentEntry(entry, language)
  return (
    <tr>
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
        {shown.entity}
        {shown.record && <span className="audit-record-name">{shown.record}</span>}
      </td>
      <td>{shown.action}</td>
      <td>
        <Changes shown={shown} />
      </td>
    </tr>
  )
}

/** Who, when, what and how: one row per entry, its edited fields listed as before → after. */
export function AuditTable({ rows }: { rows: AuditEntry[] }) {
  const t = useT()
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
          <Row key={entry.id} entry={entry} />
        ))}
      </tbody>
    </table>
  )
}
