import { useIntl } from 'react-intl'
import type { PlanningBoard } from '../../../../shared/planning/board'
import { useFormatDate, useT } from '../../i18n/useT'
import { personName } from './queries'

/** The round month by month: which offers are open and who is where, in date order. */
export function CalendarTab({ board }: { board: PlanningBoard }) {
  const t = useT()
  const intl = useIntl()
  const formatDate = useFormatDate()
  const anonymous = t('planning.participant.anonymous')
  const placements = board.nominations
    .filter((n) => n.placement && n.placement.status !== 'withdrawn')
    .map((n) => ({ n, p: n.placement! }))
    .sort((a, b) => a.p.startsOn.localeCompare(b.p.startsOn))
  const months = [...new Set(placements.map(({ p }) => p.startsOn.slice(0, 7)))]
  const monthName = (ym: string) => intl.formatDate(new Date(`${ym}-15T12:00:00`), { month: 'long', year: 'numeric' })
  const openIn = (ym: string) => board.offers.filter((o) => (o.availableFrom ?? '0000') .slice(0, 7) <= ym && (o.availableTo ?? '9999').slice(0, 7) >= ym)
  if (months.length === 0) return <p className="muted">{t('planning.calendar.empty')}</p>
  return (
    <section aria-label={t('planning.tab.calendar')} className="planning-calendar">
      {months.map((ym) => {
        const open = openIn(ym)
        return (
          <section key={ym} className="panel" aria-labelledby={`month-${ym}`}>
            <h2 id={`month-${ym}`}>{monthName(ym)}</h2>
            <p className="muted">{t('planning.calendar.openOffers', { count: open.length, places: open.reduce((s, o) => s + o.places, 0) })}</p>
            <ul className="planning-calendar__list">
              {placements
                .filter(({ p }) => p.startsOn.startsWith(ym))
                .map(({ n, p }) => (
                  <li key={p.id}>
                    <span className="nowrap">
                      {formatDate(p.startsOn)} – {formatDate(p.endsOn)}
                    </span>
                    {': '}
                    {t('planning.calendar.entry', { name: personName(n, anonymous), host: p.hostName })}{' '}
                    <span className={`badge badge--nomination-${n.status}`}>{t(`planning.status.${n.status}`)}</span>
                  </li>
                ))}
            </ul>
          </section>
        )
      })}
    </section>
  )
}
