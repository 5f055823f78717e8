import { Link } from 'react-router-dom'
import { ErrorBanner } from '../../components/Alerts'
import { appErrorOf } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { useRoundList } from './queries'
import { RoundStatusBadge } from './RoundStatusBadge'

/** Every round, newest first (the service orders by start date); a programme has dozens, so no virtualisation. */
export function RoundList() {
  const t = useT()
  const formatDate = useFormatDate()
  const list = useRoundList()
  const rounds = list.data ?? []
  if (list.error) return <ErrorBanner error={appErrorOf(list.error)} />
  if (!list.data) return <p className="muted">{t('shell.loading')}</p>
  if (rounds.length === 0) return <p className="muted">{t('rounds.empty')}</p>
  return (
    <section className="panel panel--flush" aria-labelledby="rounds-list-title">
      <h2 id="rounds-list-title" className="visually-hidden">
        {t('rounds.list')}
      </h2>
      <table className="simple-table rounds-table">
        <thead>
          <tr>
            <th scope="col">{t('rounds.column.name')}</th>
            <th scope="col">{t('rounds.column.kind')}</th>
            <th scope="col">{t('rounds.column.startsOn')}</th>
            <th scope="col">{t('rounds.column.endsOn')}</th>
            <th scope="col">{t('rounds.column.status')}</th>
            <th scope="col" className="numeric">
              {t('rounds.column.nominations')}
            </th>
            <th scope="col" className="numeric" title={t('counts.exchangesDefinition')}>
              {t('rounds.column.placements')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/rounds/${r.id}`}>{r.name}</Link>
              </th>
              <td>{t(`rounds.kind.${r.kind}`)}</td>
              <td>{formatDate(r.startsOn) || t('shell.none')}</td>
              <td>{formatDate(r.endsOn) || t('shell.none')}</td>
              <td>
                <RoundStatusBadge status={r.status} />
              </td>
              <td className="numeric">{r.nominations}</td>
              <td className="numeric">{r.placements}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="grid__count" role="status">
        {t('rounds.count', { count: rounds.length })}
      </p>
      <p className="muted count-caption">{t('counts.exchangesDefinition')}</p>
    </section>
  )
}
