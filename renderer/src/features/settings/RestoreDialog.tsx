import { useMutation } from '@tanstack/react-query'
import type { BackupSummary } from '../../../../shared/domain/settings'
import { ErrorBanner } from '../../components/Alerts'
import { Modal } from '../../components/Modal'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { useCountsSummary, useFormatDateTime, useReasonLabel } from './format'
import { useBackupList } from './queries'
import { TableHead } from '../../components/TableHead'

interface Props {
  onClose: () => void
  /** Called with what the chosen file holds; the file has been opened and checked, nothing has changed yet. */
  onChosen: (backup: BackupSummary) => void
}

/** Step one of a restore: pick a backup from the folder or any file. A file we cannot use is refused here. */
export function RestoreDialog({ onClose, onChosen }: Props) {
  const t = useT()
  const formatDateTime = useFormatDateTime()
  const countsSummary = useCountsSummary()
  const reasonLabel = useReasonLabel()
  const backups = useBackupList(true)
  const inspect = useMutation({
    mutationFn: async (file: string | null) => {
      const chosen = file ?? (await unwrap(api().dialog.openFile({ purpose: 'restore', extensions: ['sqlite', 'db'] }))).file
      return chosen === null ? null : unwrap(api().settings.inspectBackup({ file: chosen }))
    },
    onSuccess: (summary) => summary && onChosen(summary),
  })
  const error = inspect.error ?? backups.error
  return (
    <Modal title={t('settings.restoreTitle')} isOpen onClose={onClose} wide>
      <p>{t('settings.restoreIntro')}</p>
      <h3 className="modal__subtitle">{t('settings.backupList')}</h3>
      {backups.data && backups.data.length === 0 && <p className="muted">{t('settings.backupListEmpty')}</p>}
      {backups.data && backups.data.length > 0 && (
        <div className="table-scroll">
          <table className="simple-table">
            <TableHead columns={['createdAt', 'reason', 'contents'].map((c) => t(`settings.backup.${c}`))} actions={t('settings.actions')} />
            <tbody>
              {backups.data.map((b) => (
                <tr key={b.file}>
                  <td>{formatDateTime(b.createdAt)}</td>
                  <td>{reasonLabel(b.reason)}</td>
                  <td>{countsSummary(b.counts)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      disabled={inspect.isPending}
                      aria-label={t('settings.backup.chooseNamed', { date: formatDateTime(b.createdAt) })}
                      onClick={() => inspect.mutate(b.file)}
                    >
                      {t('settings.backup.choose')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!backups.data && !backups.error && <p className="muted">{t('shell.loading')}</p>}
      <ErrorBanner error={error ? appErrorOf(error) : null} />
      <footer>
        <button type="button" className="button" onClick={onClose}>
          {t('shell.cancel')}
        </button>
        <button type="button" className="button" disabled={inspect.isPending} onClick={() => inspect.mutate(null)}>
          {t('settings.backup.chooseFile')}
        </button>
      </footer>
    </Modal>
  )
}
