import { useState } from 'react'
import { Link } from 'react-router-dom'
import type { Round, RoundRow } from '../../../../shared/domain/rounds'
import { ExchangeCount } from '../../components/ExchangeCount'
import { ErrorBanner } from '../../components/Alerts'
import { PageHeader } from '../../components/PageHeader'
import { appErrorOf } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { ChallengesPanel } from './ChallengesPanel'
import { useRoundDetail, useRoundList } from './queries'
import { RoundDialog } from './RoundDialog'
import { RoundStatusBadge } from './RoundStatusBadge'
import { WorkshopsPanel } from './WorkshopsPanel'

function RoundFacts({ round, counts }: { round: Round; counts: RoundRow | undefined }) {
  const t = useT()
  const formatDate = useFormatDate()
  const period =
    round.startsOn || round.endsOn ? `${formatDate(round.startsOn) || '…'} – ${formatDate(round.endsOn) || '…'}` : t('rounds.detail.noDates')
  return (
    <dl className="facts">
      <dt>{t('rounds.field.kind')}</dt>
      <dd>{t(`rounds.kind.${round.kind}`)}</dd>
      <dt>{t('rounds.detail.dates')}</dt>
      <dd>{period}</dd>
      <dt>{t('rounds.field.status')}</dt>
      <dd>
        <RoundStatusBadge status={round.status} />
      </dd>
      {counts && (
        <>
          <dt>{t('rounds.detail.participation')}</dt>
          <dd>
            {t('rounds.detail.nominations', { count: counts.nominations })}, <ExchangeCount tally={counts.exchanges} />
          </dd>
        </>
      )}
      <dt>{t('rounds.field.notes')}</dt>
      <dd className="pre-line">{round.notes ?? t('shell.none')}</dd>
    </dl>
  )
}

/** One round: its facts, its challenges and its workshops. */
export function RoundDetail({ id }: { id: number }) {
  const t = useT()
  const detail = useRoundDetail(id)
  const counts = useRoundList().data?.find((r) => r.id === id)
  const [editing, setEditing] = useState(false)
  const back = (
    <Link to="/rounds" className="back-link">
      <span aria-hidden="true">← </span>
      {t('rounds.back')}
    </Link>
  )
  if (detail.error)
    return (
      <>
        {back}
        <PageHeader title={t('rounds.title')} />
        <ErrorBanner error={appErrorOf(detail.error)} />
      </>
    )
  if (!detail.data) return <p className="muted">{t('shell.loading')}</p>
  const { round, challenges, workshops } = detail.data
  return (
    <>
      {back}
      <PageHeader
        title={round.name}
        actions={
          <>
            <Link to={`/planning/${round.id}`} className="button">
              {t('planning.board.open')}
            </Link>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('rounds.edit')}
            </button>
          </>
        }
      />
      <section className="panel" aria-label={t('rounds.detail.facts')}>
        <RoundFacts round={round} counts={counts} />
      </section>
      <div className="round-parts">
        <ChallengesPanel roundId={round.id} challenges={challenges} />
        <WorkshopsPanel roundId={round.id} workshops={workshops} />
      </div>
      {editing && <RoundDialog existing={round} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </>
  )
}
