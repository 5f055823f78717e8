export type HeadColumn = string | { label: string; numeric?: boolean }

/**
 * A table's header row: one column header per label (numeric ones aligned right), and, when `actions` is
 * given, a last column for the row's buttons whose header only screen readers hear.
 */
export function TableHead({ columns, actions }: { columns: HeadColumn[]; actions?: string }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const { label, numeric } = typeof column === 'string' ? { label: column, numeric: false } : column
          return (
            <th key={label} scope="col" className={numeric ? 'numeric' : undefined}>
              {label}
            </th>
          )
        })}
        {actions !== undefined && (
          <th scope="col">
            <span className="visually-hidden">{actions}</span>
          </th>
        )}
      </tr>
    </thead>
  )
}

/** Edit and Remove for one row, each with a label that names the row for screen readers. */
export function EditRemoveButtons({ editLabel, removeLabel, edit, remove, editText, removeText }: {
  editLabel: string
  removeLabel: string
  edit: () => void
  remove: () => void
  editText: string
  removeText: string
}) {
  return (
    <div className="button-row button-row--end">
      <button type="button" className="link-button" aria-label={editLabel} onClick={edit}>
        {editText}
      </button>
      <button type="button" className="link-button link-button--danger" aria-label={removeLabel} onClick={remove}>
        {removeText}
      </button>
    </div>
  )
}
