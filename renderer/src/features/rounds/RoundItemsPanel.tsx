import { useState, type ReactNode } from 'react'
import { useT } from '../../i18n/useT'
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog'
import { EditRemoveButtons, TableHead } from '../../components/TableHead'

export interface ItemColumn<T> {
  header: string
  cell: (item: T) => ReactNode
  className?: string
}

interface Props<T extends { id: number; title: string }> {
  items: T[]
  /** Catalogue prefix of the panel's texts: the heading, then .empty, .add, .edit, .remove, .removeTitle, .removeConfirm. */
  texts: 'rounds.challenges' | 'rounds.workshops'
  columns: Array<ItemColumn<T>>
  /** The dialog that adds (no item) or edits an item. */
  dialog: (existing: T | undefined, onClose: () => void) => ReactNode
  remove: (item: T) => Promise<unknown>
}

/** A round's list of titled items (challenges, workshops): a table with edit and remove per row, and add. */
export function RoundItemsPanel<T extends { id: number; title: string }>({ items, texts, columns, dialog, remove }: Props<T>) {
  const t = useT()
  const [editing, setEditing] = useState<T | 'new' | null>(null)
  const [removing, setRemoving] = useState<T | null>(null)
  const titleId = `${texts.replace('.', '-')}-title`
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(texts)}</h2>
      {items.length === 0 ? (
        <p className="muted">{t(`${texts}.empty`)}</p>
      ) : (
        <table className="simple-table">
          <TableHead columns={columns.map((column) => column.header)} actions={t('rounds.actions')} />
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                {columns.map((column) => (
                  <td key={column.header} className={column.className}>{column.cell(item)}</td>
                ))}
                <td className="actions-cell">
                  <EditRemoveButtons
                    editLabel={t(`${texts}.edit`, { title: item.title })}
                    removeLabel={t(`${texts}.remove`, { title: item.title })}
                    edit={() => setEditing(item)}
                    remove={() => setRemoving(item)}
                    editText={t('shell.edit')}
                    removeText={t('shell.remove')}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button panel__add" onClick={() => setEditing('new')}>
        {t(`${texts}.add`)}
      </button>
      {editing && dialog(editing === 'new' ? undefined : editing, () => setEditing(null))}
      {removing && (
        <ConfirmRemoveDialog
          title={t(`${texts}.removeTitle`)}
          text={t(`${texts}.removeConfirm`, { title: removing.title })}
          onConfirm={() => remove(removing)}
          onDone={() => setRemoving(null)}
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  )
}
