import { useEffect, useRef } from 'react'
import { useT } from '../../../i18n/useT'

/** The header checkbox: ticks every row shown (not only those drawn), half-ticked when some are. */
export function SelectAll({ rows, chosen, onChange }: { rows: Array<{ id: number }>; chosen: Set<number>; onChange: (chosen: Set<number>) => void }) {
  const t = useT()
  const ref = useRef<HTMLInputElement>(null)
  const count = rows.filter((r) => chosen.has(r.id)).length
  const all = rows.length > 0 && count === rows.length
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all
  }, [count, all])
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={all}
      disabled={rows.length === 0}
      aria-label={t('consent.ui.selectAll')}
      onChange={(e) => {
        const shown = new Set(rows.map((r) => r.id))
        onChange(e.target.checked ? new Set([...chosen, ...shown]) : new Set([...chosen].filter((id) => !shown.has(id))))
      }}
    />
  )
}
