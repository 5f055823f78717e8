import type { PlanningBoard } from '../../../../shared/planning/board'
import type { PreviousProposal } from '../../../../shared/planning/diff'
import { ErrorBanner } from '../../components/Alerts'
import { Modal } from '../../components/Modal'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { useBoardChange } from './queries'
import { ConfirmFooter } from '../../components/formSave'

/** Proposals that bringing back the previous one replaces: unlocked, not started, as "Propose" would replace. */
export function replaceableProposals(board: PlanningBoard): number {
  return board.nominations.filter((n) => n.placement?.status === 'proposed' && !n.placement.locked && n.placement.startsOn >= board.today).length
}

/** Asks before the previous proposal replaces the current one, saying how many come back and how many go. */
export function RestoreProposalDialog({ board, previous, onDone, onClose }: {
  board: PlanningBoard
  previous: PreviousProposal
  onDone: (restored: number) => void
  onClose: () => void
}) {
  const t = useT()
  const formatDate = useFormatDate()
  const restore = useBoardChange(board.round.id, () => unwrap(api().planning.restoreProposal({ roundId: board.round.id })))
  return (
    <Modal title={t('planning.restoreProposal.title')} role="alertdialog" isOpen onClose={onClose}>
      <p>{t('planning.restoreProposal.text', { date: formatDate(previous.at.slice(0, 10)), restored: previous.placements, replaced: replaceableProposals(board) })}</p>
      <ErrorBanner error={restore.error ? appErrorOf(restore.error) : null} />
      <ConfirmFooter
        onCancel={onClose}
        label={t('planning.board.restore')}
        disabled={restore.isPending}
        onConfirm={() => restore.mutate(undefined, { onSuccess: (result) => onDone(result.restored) })}
      />
    </Modal>
  )
}
