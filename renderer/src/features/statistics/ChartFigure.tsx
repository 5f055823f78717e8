import { useId, useState, type ReactNode } from 'react'
import { useT } from '../../i18n/useT'

export interface FigureTable {
  headers: string[]
  rows: Array<{ key: string; cells: ReactNode[] }>
  /** Optional totals row, marked as such. */
  total?: ReactNode[]
}

/**
 * A chart with its data as a table. The chart is a picture for sighted users (hidden from screen readers);
 * the table is always in the page for screen readers, and the button shows it on screen instead of the chart.
 */
export function ChartFigure({ title, chart, table }: { title: string; chart: ReactNode; table: FigureTable }) {
  const t = useT()
  const [asTable, setAsTable] = useState(false)
  const titleId = useId()
  return (
    <figure className="stats-figure panel" aria-labelledby={titleId}>
      <div className="stats-figure__head">
        <figcaption id={titleId}>
          <h3>{title}</h3>
        </figcaption>
        <button type="button" className="link-button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {t('stats.screen.showTable')}
        </button>
      </div>
      {!asTable && (
        <div className="stats-chart" aria-hidden="true">
          {chart}
        </div>
      )}
      <div className={asTable ? undefined : 'visually-hidden'}>
        <DataTable caption={title} table={table} />
      </div>
    </figure>
  )
}

export function DataTable({ caption, table, visibleCaption = false }: { caption: string; table: FigureTable; visibleCaption?: boolean }) {
  const t = useT()
  return (
    <table className="simple-table stats-table">
      <caption className={visibleCaption ? 'stats-table__caption' : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          {table.headers.map((h, i) => (
            <th key={h} scope="col" className={i > 0 ? 'num' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i} className="num">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {table.total && (
        <tfoot>
          <tr>
            <th scope="row">{t('stats.total')}</th>
            {table.total.slice(1).map((cell, i) => (
              <td key={i} className="num">
                {cell}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  )
}
