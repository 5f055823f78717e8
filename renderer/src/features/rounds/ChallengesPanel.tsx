import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Challenge } from '../../../../shared/domain/rounds'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { ChallengeDialog } from './ChallengeDialog'
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog'
import { roundKeys } from './queries'

/** The preselected challenges mixed teams of this round work on. */
export function ChallengesPanel({ roundId, challenges }: { roundId: number; challenges: Challenge[] }) {
  const t = useT()
  const queryClient = useQueryClient()
  const [editing, setEditing] = useState<Challenge | 'new' | null>(null)
  const [removing, setRemoving] = useState<Challenge | null>(null)
  return (
    <section className="panel" aria-labelledby="round-challenges-title">
      <h2 id="round-challenges-title">{t('rounds.challenges')}</h2>
      {challenges.length === 0 ? (
        <p className="muted">{t('rounds.challenges.empty')}</p>
      ) : (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">{t('rounds.challenge.title')}</th>
              <th scope="col">{t('rounds.challenge.description')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('rounds.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {challenges.map((c) => (
              <tr key={c.id}>
                <td>{c.title}</td>
                <td className="pre-line">{c.description ?? ''}</td>
                <td className="actions-cell">
                  <div className="button-row button-row--end">
                    <button type="button" className="link-button" aria-label={t('rounds.challenges.edit', { title: c.title })} onClick={() => setEditing(c)}>
                      {t('shell.edit')}
                    </button>
                    <button type="button" className="link-button link-button--danger" aria-label={t('rounds.challenges.remove', { title: c.title })} onClick={() => setRemoving(c)}>
                      {t('shell.remove')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button panel__add" onClick={() => setEditing('new')}>
        {t('rounds.challenges.add')}
      </button>
      {editing && <ChallengeDialog roundId={roundId} existing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmRemoveDialog
          title={t('rounds.challenges.removeTitle')}
          text={t('rounds.challenges.removeConfirm', { title: removing.title })}
          onConfirm={() => unwrap(api().rounds.removeChallenge({ id: removing.id }))}
          onDone={async () => {
            setRemoving(null)
            await queryClient.invalidateQueries({ queryKey: roundKeys.detail(roundId) })
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  )
}
