import { forwardRef, useImperativeHandle, useRef, useState } from 'react'
import type { ColumnMapping, PreviewRow } from '../../../../shared/import/types'
import { useT } from '../../i18n/useT'
import { useVirtualRows } from './virtualRows'
import { cellText } from './cells'

const ROW_HEIGHT = 38

export interface PreviewTableHandle {
  showRow: (row: number) => void
}

interface Props {
  rows: PreviewRow[]
  columns: ColumnMapping[]
  busy: boolean
  onEdit: (row: number, field: string, text: string) => void
  onSkip: (row: number, skipped: boolean) => void
}

function CellEditor({ initial, label, onDone }: { initial: string; label: string; onDone: (text: string | null) => void }) {
  const [text, setText] = useState(initial)
  return (
    <input
      className="cell-editor"
      aria-label={label}
      value={text}
      autoFocus
      onChange={(e) => setText(e.target.value)}
      onBlur={() => onDone(text === initial ? null : text)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(text === initial ? null : text)
        if (e.key === 'Escape') onDone(null)
      }}
    />
  )
}

/** Every row of the file with its status; a cell is corrected in place (Enter saves, Escape cancels), a row can be left out. */
export const PreviewTable = forwardRef<PreviewTableHandle, Props>(function PreviewTable({ rows, columns, busy, onEdit, onSkip }, ref) {
  const t = useT()
  const scrollRef = useRef<HTMLDivElement>(null)
  const [editing, setEditing] = useState<{ row: number; field: string } | null>(null)
  const { virtualizer, items, padTop, padBottom } = useVirtualRows(rows.length, scrollRef, ROW_HEIGHT)
  useImperativeHandle(ref, () => ({ showRow: (row) => virtualizer.scrollToIndex(Math.max(0, rows.findIndex((r) => r.row === row)), { align: 'center' }) }), [rows, virtualizer])
  const mapped = columns.filter((c) => c.field)
  return (
    <div className="grid">
      <div className="grid__scroll grid__scroll--preview" ref={scrollRef} tabIndex={-1}>
        <table aria-label={t('import.screen.rows')} aria-rowcount={rows.length + 1} className="preview-table">
          <thead>
            <tr>
              <th scope="col" className="preview-table__num">{t('import.screen.rowNumber')}</th>
              <th scope="col" className="preview-table__status">{t('import.screen.status')}</th>
              <th scope="col" className="preview-table__skip">{t('import.screen.skip')}</th>
              {mapped.map((c) => (
                <th scope="col" key={c.column}>
                  {t(`import.field.${c.field}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
            {items.map((item) => {
              const row = rows[item.index]
              if (!row) return null
              const status = row.skipped ? 'skipped' : row.existing && row.existing.changes.length > 0 && row.status !== 'error' ? 'update' : row.status
              return (
                <tr key={row.row} aria-rowindex={item.index + 2} className={`preview-row preview-row--${status}`} style={{ height: ROW_HEIGHT }} data-row={row.row}>
                  <td className="preview-table__num">{row.row}</td>
                  <td>
                    <span className={`badge badge--import-${status}`}>{t(`import.status.${status}`)}</span>
                  </td>
                  <td className="preview-table__skip">
                    <input type="checkbox" aria-label={t('import.screen.skipRow', { row: row.row })} checked={row.skipped} disabled={busy} onChange={(e) => onSkip(row.row, e.target.checked)} />
                  </td>
                  {mapped.map((c) => {
                    const field = c.field!
                    const text = cellText(row, c)
                    const problem = row.problems.find((p) => p.column === c.column)
                    const label = t('import.screen.editCell', { field: t(`import.field.${field}`), row: row.row })
                    const isEditing = editing?.row === row.row && editing.field === field
                    return (
                      <td key={c.column} className={problem ? `cell--${problem.severity}` : undefined}>
                        {isEditing ? (
                          <CellEditor
                            initial={text}
                            label={label}
                            onDone={(value) => {
                              setEditing(null)
                              if (value !== null) onEdit(row.row, field, value)
                            }}
                          />
                        ) : (
                          <button type="button" className="cell-button" aria-label={`${label}: ${text}`} title={text} disabled={busy} onClick={() => setEditing({ row: row.row, field })}>
                            {text || '\u00a0'}
                          </button>
                        )}
                      </td>
                    )
                  })}
                </tr>
              )
            })}
            {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
          </tbody>
        </table>
      </div>
    </div>
  )
})
