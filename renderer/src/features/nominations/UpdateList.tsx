import type { FieldValue } from '../../../../shared/import/fields'
import type { ImportPreview } from '../../../../shared/import/types'
import { useT } from '../../i18n/useT'

const shown = (v: FieldValue) => (v === null || v === '' ? '—' : typeof v === 'boolean' ? (v ? '✓' : '✗') : String(v))

/**
 * People already in the round whose data the file changes: each update is accepted unless the user rejects it
 * (a rejected update is a skipped row).
 */
export function UpdateList({ preview, busy, onReject }: { preview: ImportPreview; busy: boolean; onReject: (row: number, rejected: boolean) => void }) {
  const t = useT()
  const updates = preview.rows.filter((r) => r.existing && r.existing.changes.length > 0 && r.status !== 'error')
  if (updates.length === 0) return null
  return (
    <section className="panel" aria-labelledby="updates-heading">
      <h2 id="updates-heading">{t('import.screen.updates', { count: updates.length })}</h2>
      <ul className="update-list">
        {updates.slice(0, 200).map((row) => (
          <li key={row.row}>
            <label className="chip">
              <input type="checkbox" checked={!row.skipped} disabled={busy} onChange={(e) => onReject(row.row, !e.target.checked)} />
              {t('import.screen.acceptUpdate', { row: row.row })}
            </label>{' '}
            <span>
              {row.existing!.changes.map((c) => t('import.screen.change', { field: t(`import.field.${c.field}`), from: shown(c.from), to: shown(c.to) })).join('; ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
