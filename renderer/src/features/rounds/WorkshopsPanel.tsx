import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Workshop } from '../../../../shared/domain/rounds'
import { api, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog'
import { roundKeys } from './queries'
import { WorkshopDialog } from './WorkshopDialog'

/** Competency workshops of this round: when, and how many places. */
export function WorkshopsPanel({ roundId, workshops }: { roundId: number; workshops: Workshop[] }) {
  const t = useT()
  const formatDate = useFormatDate()
  const queryClient = useQueryClient()
  const [editing, setEditing] = useState<Workshop | 'new' | null>(null)
  const [removing, setRemoving] = useState<Workshop | null>(null)
  return (
    <section className="panel" aria-labelledby="round-workshops-title">
      <h2 id="round-workshops-title">{t('rounds.workshops')}</h2>
      {workshops.length === 0 ? (
        <p className="muted">{t('rounds.workshops.empty')}</p>
      ) : (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">{t('rounds.workshop.title')}</th>
              <th scope="col">{t('rounds.workshop.heldOn')}</th>
              <th scope="col">{t('rounds.workshop.capacity')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('rounds.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {workshops.map((w) => (
              <tr key={w.id}>
                <td>{w.title}</td>
                <td className="nowrap">{w.heldOn ? formatDate(w.heldOn) : <span className="muted">{t('rounds.workshops.noDate')}</span>}</td>
                <td>{w.capacity === null ? <span className="muted">{t('rounds.workshops.unlimited')}</span> : t('rounds.workshops.places', { count: w.capacity })}</td>
                <td className="actions-cell">
                  <div className="button-row button-row--end">
                    <button type="button" className="link-button" aria-label={t('rounds.workshops.edit', { title: w.title })} onClick={() => setEditing(w)}>
                      {t('shell.edit')}
                    </button>
                    <button type="button" className="link-button link-button--danger" aria-label={t('rounds.workshops.remove', { title: w.title })} onClick={() => setRemoving(w)}>
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
        {t('rounds.workshops.add')}
      </button>
      {editing && <WorkshopDialog roundId={roundId} existing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmRemoveDialog
          title={t('rounds.workshops.removeTitle')}
          text={t('rounds.workshops.removeConfirm', { title: removing.title })}
          onConfirm={() => unwrap(api().rounds.removeWorkshop({ id: removing.id }))}
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
