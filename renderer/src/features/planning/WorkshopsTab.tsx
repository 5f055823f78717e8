import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import type { PlanningBoard } from '../../../../shared/planning/board'
import { ErrorBanner } from '../../components/Alerts'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { useRoundDetail } from '../rounds/queries'
import { personName, planningKeys, useBoardChange } from './queries'

function RegisterForm({ roundId, workshopId, title, people }: { roundId: number; workshopId: number; title: string; people: Array<{ personId: number; name: string }> }) {
  const t = useT()
  const id = useId()
  const [personId, setPersonId] = useState('')
  const register = useBoardChange(roundId, (p: number) => unwrap(api().planning.register({ workshopId, personId: p })))
  return (
    <form
      className="toolbar"
      onSubmit={(e) => {
        e.preventDefault()
        if (personId !== '') register.mutate(Number(personId), { onSuccess: () => setPersonId('') })
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('planning.workshops.participant', { title })}</label>
        <select id={id} value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">{t('planning.workshops.choose')}</option>
          {people.map((p) => (
            <option key={p.personId} value={p.personId}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={personId === ''}>
        {t('planning.workshops.register')}
      </button>
      <ErrorBanner error={register.error ? appErrorOf(register.error) : null} />
    </form>
  )
}

/** Who is registered for each workshop of the round and who attended. */
export function WorkshopsTab({ roundId, board }: { roundId: number; board: PlanningBoard }) {
  const t = useT()
  const formatDate = useFormatDate()
  const detail = useRoundDetail(roundId)
  const attendance = useQuery({ queryKey: planningKeys.attendance(roundId), queryFn: () => unwrap(api().planning.attendance({ roundId })) })
  const toggle = useBoardChange(roundId, (a: { workshopId: number; personId: number; attended: boolean }) => unwrap(api().planning.setAttended(a)))
  const unregister = useBoardChange(roundId, (a: { workshopId: number; personId: number }) => unwrap(api().planning.unregister(a)))
  const anonymous = t('planning.participant.anonymous')
  const participants = [...new Map(board.nominations.filter((n) => n.status !== 'withdrawn').map((n) => [n.personId, { personId: n.personId, name: personName(n, anonymous) }])).values()]
  const workshops = detail.data?.workshops ?? []
  if (workshops.length === 0) return <p className="muted">{t('planning.workshops.none')}</p>
  const error = toggle.error ?? unregister.error
  return (
    <section aria-label={t('planning.tab.workshops')}>
      <ErrorBanner error={error ? appErrorOf(error) : null} />
      {workshops.map((w) => {
        const registered = (attendance.data ?? []).filter((a) => a.workshopId === w.id)
        const ids = new Set(registered.map((a) => a.personId))
        return (
          <section key={w.id} className="panel" aria-labelledby={`workshop-${w.id}`}>
            <h2 id={`workshop-${w.id}`}>
              {w.title} {w.heldOn && <span className="muted">({formatDate(w.heldOn)})</span>}
            </h2>
            <p className="muted">
              {t('planning.workshops.counts', { registered: registered.length, attended: registered.filter((a) => a.attended).length, capacity: w.capacity ?? '∞' })}
            </p>
            {registered.length > 0 && (
              <ul className="planning-attendance">
                {registered.map((a) => {
                  const name = personName(a, anonymous)
                  return (
                    <li key={a.personId}>
                      <label>
                        <input type="checkbox" checked={a.attended} onChange={(e) => toggle.mutate({ workshopId: w.id, personId: a.personId, attended: e.target.checked })} />{' '}
                        {t('planning.workshops.attended', { name })}
                      </label>{' '}
                      <span className="muted">({a.organisationName})</span>{' '}
                      <button type="button" className="link-button link-button--danger" aria-label={t('planning.workshops.unregister', { name })} onClick={() => unregister.mutate({ workshopId: w.id, personId: a.personId })}>
                        {t('shell.remove')}
                      </button>
                    </li>
                  )
                })}
              </ul>
            )}
            <RegisterForm roundId={roundId} workshopId={w.id} title={w.title} people={participants.filter((p) => !ids.has(p.personId))} />
          </section>
        )
      })}
    </section>
  )
}
