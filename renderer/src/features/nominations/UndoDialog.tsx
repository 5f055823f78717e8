import type { ImportBatchEntry } from '../../../../shared/domain/imports'
import { appErrorOf } from '../../app/api'
import { ErrorBanner } from '../../components/Alerts'
import { Modal } from '../../components/Modal'
import { useT } from '../../i18n/useT'

interface Props {
  batch: ImportBatchEntry
  pending: boolean
  error: unknown
  onCancel: () => void
  onConfirm: () => void
}

/** Undo removes what an import wrote: it says which file and how many nominations before anything happens. */
export function UndoDialog({ batch, pending, error, onCancel, onConfirm }: Props) {
  const t = useT()
  return (
    <Modal title={t('import.undo.title', { file: batch.fileName })} role="alertdialog" isOpen onClose={onCancel}>
      <p>{t('import.undo.body', { inserted: batch.inserted, file: batch.fileName, batch: batch.id })}</p>
      {batch.updated > 0 && <p>{t('import.undo.bodyUpdated', { updated: batch.updated })}</p>}
      <p className="muted">{t('import.undo.backup')}</p>
      <ErrorBanner error={error ? appErrorOf(error) : null} />
      <footer>
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('shell.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={pending} onClick={onConfirm}>
          {t('import.undo.confirm')}
        </button>
      </footer>
    </Modal>
  )
}
