import type { BoardPlacement } from '../../../../shared/planning/board'
import { ErrorBanner } from '../../components/Alerts'
import { Modal } from '../../components/Modal'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { useBoardChange } from './queries'
import { ConfirmFooter } from '../../components/formSave'

/** Asks before confirming an exchange whose start is today or past: its letters would announce a date gone by. */
export function ConfirmStartedDialog({ roundId, placement, name, onClose }: { roundId: number; placement: BoardPlacement; name: string; onClose: () => void }) {
  const t = useT()
  const formatDate = useFormatDate()
  const confirm = useBoardChange(roundId, () => unwrap(api().planning.confirm({ placementId: placement.id, evenIfStarted: true })))
  return (
    <Modal title={t('planning.confirmStarted.title')} role="alertdialog" isOpen onClose={onClose}>
      <p>{t('planning.confirmStarted.text', { name, host: placement.hostName, date: formatDate(placement.startsOn) })}</p>
      <ErrorBanner error={confirm.error ? appErrorOf(confirm.error) : null} />
      <ConfirmFooter onCancel={onClose} label={t('planning.confirmStarted.confirm')} disabled={confirm.isPending} onConfirm={() => confirm.mutate(undefined, { onSuccess: onClose })} />
    </Modal>
  )
}
