import { useMutation } from '@tanstack/react-query'
import type { AnonymisationPlan, AnonymisationResult } from '../../../../shared/domain/privacy'
import { ErrorBanner } from '../../components/Alerts'
import { Modal } from '../../components/Modal'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'

interface Props {
  plan: AnonymisationPlan
  backupFolder: string
  onClose: () => void
  onDone: (result: AnonymisationResult) => void
}

/** Says exactly what will be removed, for how many people, what stays, and that a backup comes first. */
export function ConfirmAnonymiseDialog({ plan, backupFolder, onClose, onDone }: Props) {
  const t = useT()
  const anonymise = useMutation({
    mutationFn: () => unwrap(api().privacy.anonymise({ roundId: plan.roundId, dueOnly: true })),
    // Names disappear from every screen that shows people: the call refreshes every view of what it changed.
    onSuccess: onDone,
  })
  return (
    <Modal title={t('privacy.anonymiseTitle', { round: plan.roundName })} role="alertdialog" isOpen onClose={onClose} wide>
      <p>{t('privacy.anonymiseText', { people: plan.people, participants: plan.participants, nominees: plan.nominees })}</p>
      <p>{t('privacy.anonymiseKeeps')}</p>
      {plan.keptActive + plan.keptRetention > 0 && <p>{t('privacy.anonymiseKept', { count: plan.keptActive + plan.keptRetention })}</p>}
      <p>{t('privacy.backupFirst', { folder: backupFolder })}</p>
      <ErrorBanner error={anonymise.error ? appErrorOf(anonymise.error) : null} />
      <footer>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('shell.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={anonymise.isPending || anonymise.isError} onClick={() => anonymise.mutate()}>
          {t('privacy.anonymiseConfirm')}
        </button>
      </footer>
    </Modal>
  )
}
