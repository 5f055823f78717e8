import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { BackupSummary, Settings } from '../../../../shared/domain/settings'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { ConfirmRestoreDialog } from './ConfirmRestoreDialog'
import { RestoreDialog } from './RestoreDialog'
import { settingsKeys } from './queries'

/** Kept as a message key, so that the outcome follows a change of language. */
type Outcome = { key: string; values: Record<string, string> } | null
type Step = { kind: 'choose' } | { kind: 'confirm'; backup: BackupSummary } | null

/** Backup folder, "Back up now" and the two-step restore; the outcome of the last action stays on screen. */
export function BackupsSection({ settings }: { settings: Settings }) {
  const t = useT()
  const queryClient = useQueryClient()
  const [step, setStep] = useState<Step>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)

  const changeFolder = useMutation({
    mutationFn: async () => {
      const { folder } = await unwrap(api().dialog.chooseFolder({ purpose: 'backups' }))
      return folder === null ? null : unwrap(api().settings.setBackupFolder({ folder }))
    },
    onMutate: () => setOutcome(null),
    onSuccess: async (saved) => {
      if (!saved) return
      queryClient.setQueryData(settingsKeys.settings, saved)
      setOutcome({ key: 'settings.backupFolderChanged', values: { folder: saved.backupFolder } })
    },
  })
  const backupNow = useMutation({
    mutationFn: () => unwrap(api().settings.backupNow({})),
    onMutate: () => setOutcome(null),
    onSuccess: (backup) => {
      setOutcome({ key: 'settings.backupMade', values: { file: backup.file } })
    },
  })
  const error = changeFolder.error ?? backupNow.error

  return (
    <section className="panel" aria-labelledby="settings-backups-title">
      <h2 id="settings-backups-title">{t('settings.backups')}</h2>
      <p className="muted">{t('settings.backupsHint')}</p>
      <dl className="facts">
        <dt>{t('settings.backupFolder')}</dt>
        <dd>
          <span className="path">{settings.backupFolder}</span>
          <br />
          <button type="button" className="link-button" disabled={changeFolder.isPending} onClick={() => changeFolder.mutate()}>
            {t('settings.backupFolderChange')}
          </button>
        </dd>
      </dl>
      <div className="button-row section-actions">
        <button type="button" className="button button--primary" disabled={backupNow.isPending} onClick={() => backupNow.mutate()}>
          {t('settings.backupNow')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setOutcome(null)
            setStep({ kind: 'choose' })
          }}
        >
          {t('settings.restore')}
        </button>
      </div>
      <ErrorBanner error={error ? appErrorOf(error) : null} />
      {outcome && <InfoBanner>{t(outcome.key, outcome.values)}</InfoBanner>}
      {step?.kind === 'choose' && <RestoreDialog onClose={() => setStep(null)} onChosen={(backup) => setStep({ kind: 'confirm', backup })} />}
      {step?.kind === 'confirm' && (
        <ConfirmRestoreDialog
          backup={step.backup}
          backupFolder={settings.backupFolder}
          onClose={() => setStep(null)}
          onRestored={({ restoredFrom, safetyBackup }) => {
            setStep(null)
            setOutcome({ key: 'settings.restored', values: { file: restoredFrom, safety: safetyBackup } })
          }}
        />
      )}
    </section>
  )
}
