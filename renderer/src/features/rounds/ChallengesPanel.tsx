import type { Challenge } from '../../../../shared/domain/rounds'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { ChallengeDialog } from './ChallengeDialog'
import { RoundItemsPanel } from './RoundItemsPanel'

/** The preselected challenges mixed teams of this round work on. */
export function ChallengesPanel({ roundId, challenges }: { roundId: number; challenges: Challenge[] }) {
  const t = useT()
  return (
    <RoundItemsPanel
      items={challenges}
      texts="rounds.challenges"
      columns={[
        { header: t('rounds.challenge.title'), cell: (c) => c.title },
        { header: t('rounds.challenge.description'), cell: (c) => c.description ?? '', className: 'pre-line' },
      ]}
      dialog={(existing, onClose) => <ChallengeDialog roundId={roundId} existing={existing} onClose={onClose} />}
      remove={(c) => unwrap(api().rounds.removeChallenge({ id: c.id }))}
    />
  )
}
