import { useMutation } from '@tanstack/react-query'
import type { AppInfo, BackupSummary } from '../../../../shared/domain/settings'
import { restoreDropMessages } from '../../../../shared/i18n/restoreSummary'
import { ErrorBanner } from '../../components/Alerts'
import { Modal } from '../../components/Modal'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { fileName, useFormatDateTime } from './format'
import { useAppInfo, useRestorePreview } from './queries'

export interface RestoreResult {
  restoredFrom: string
  safetyBackup: string
}

interface Props {
  backup: BackupSummary
  backupFolder: string
  onClose: () => void
  onRestored: (result: RestoreResult) => void
}

const COUNTED: Array<keyof AppInfo['counts']> = ['organisations', 'rounds', 'people', 'placements']

/**
 * Step two: says exactly what will be replaced (the current counts against the backup's), what the restore drops
 * (letters, imports, placements changed since the backup) and carries over (the audit trail), and that the current
 * file is backed up first. Only then is anything written.
 */
export function ConfirmRestoreDialog({ backup, backupFolder, onClose, onRestored }: Props) {
  const t = useT()
  const formatDateTime = useFormatDateTime()
  const current = useAppInfo()
  const preview = useRestorePreview(backup.file)
  const restore = useMutation({
    mutationFn: () => unwrap(api().settings.restore({ file: backup.file })),
    // Every screen's data came from the old file: the call changes every kind, so every view is read again.
    onSuccess: onRestored,
  })
  return (
    <Modal title={t('settings.confirmTitle')} role="alertdialog" isOpen onClose={onClose} wide>
      <p>{t('settings.confirmText', { file: fileName(backup.file), date: formatDateTime(backup.createdAt) })}</p>
      <table className="simple-table compare-table">
        <caption className="visually-hidden">{t('settings.confirmTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.confirmWhat')}</th>
            <th scope="col" className="numeric">
              {t('settings.confirmCurrent')}
            </th>
            <th scope="col" className="numeric">
              {t('settings.confirmBackup')}
            </th>
          </tr>
        </thead>
        <tbody>
          {COUNTED.map((key) => (
            <tr key={key} className={current.data && current.data.counts[key] !== backup.counts[key] ? 'compare-table__changed' : undefined}>
              <th scope="row">{t(`settings.counts.${key}`)}</th>
              <td className="numeric">{current.data ? current.data.counts[key] : '…'}</td>
              <td className="numeric">{backup.counts[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="modal__subtitle">{t('settings.dropTitle')}</h3>
      {preview.data ? (
        <ul className="restore-drops">
          {restoreDropMessages(preview.data).map((m) => (
            <li key={m.key}>{t(m.key, m.values)}</li>
          ))}
          <li>{t('settings.dropRecorded')}</li>
        </ul>
      ) : (
        !preview.error && <p className="muted">{t('settings.dropLoading')}</p>
      )}
      <p>{t('settings.confirmSafety', { folder: backupFolder })}</p>
      <p className="muted">{t('settings.confirmSettings')}</p>
      <ErrorBanner error={restore.error ? appErrorOf(restore.error) : preview.error ? appErrorOf(preview.error) : null} />
      <footer>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('shell.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={restore.isPending || !current.data || !preview.data} onClick={() => restore.mutate()}>
          {t('settings.confirmButton')}
        </button>
      </footer>
    </Modal>
  )
}
