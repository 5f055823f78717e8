import type { Workshop } from '../../../../shared/domain/rounds'
import { api, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { RoundItemsPanel } from './RoundItemsPanel'
import { WorkshopDialog } from './WorkshopDialog'

/** Competency workshops of this round: when, and how many places. */
export function WorkshopsPanel({ roundId, workshops }: { roundId: number; workshops: Workshop[] }) {
  const t = useT()
  const formatDate = useFormatDate()
  return (
    <RoundItemsPanel
      items={workshops}
      texts="rounds.workshops"
      columns={[
        { header: t('rounds.workshop.title'), cell: (w) => w.title },
        { header: t('rounds.workshop.heldOn'), cell: (w) => (w.heldOn ? formatDate(w.heldOn) : <span className="muted">{t('rounds.workshops.noDate')}</span>), className: 'nowrap' },
        {
          header: t('rounds.workshop.capacity'),
          cell: (w) => (w.capacity === null ? <span className="muted">{t('rounds.workshops.unlimited')}</span> : t('rounds.workshops.places', { count: w.capacity })),
        },
      ]}
      dialog={(existing, onClose) => <WorkshopDialog roundId={roundId} existing={existing} onClose={onClose} />}
      remove={(w) => unwrap(api().rounds.removeWorkshop({ id: w.id }))}
    />
  )
}
