import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useId, useState } from 'react'
import type { ProposalDiff } from '../../../../shared/planning/diff'
import { Route, Routes, useNavigate, useParams } from 'react-router-dom'
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { ExchangeCount } from '../../components/ExchangeCount'
import { PageHeader } from '../../components/PageHeader'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { useRoundList } from '../rounds/queries'
import { CalendarTab } from './CalendarTab'
import { HostsTab } from './HostsTab'
import { ProposeDialog } from './ProposeDialog'
import { RestoreProposalDialog } from './RestoreProposalDialog'
import { ParticipantsTab } from './ParticipantsTab'
import { RulesTab } from './RulesTab'
import { TeamsTab } from './TeamsTab'
import { WorkshopsTab } from './WorkshopsTab'
import { planningKeys, useBoard } from './queries'
import './planning.css'

const TABS = ['participants', 'hosts', 'calendar', 'teams', 'workshops', 'rules'] as const

function RoundPicker({ roundId }: { roundId: number | null }) {
  const t = useT()
  const id = useId()
  const navigate = useNavigate()
  const rounds = useRoundList()
  return (
    <div className="field planning-round">
      <label htmlFor={id}>{t('planning.board.round')}</label>
      <select id={id} value={roundId ?? ''} onChange={(e) => navigate(`/planning/${e.target.value}`)}>
        {roundId === null && <option value="">{t('planning.board.chooseRound')}</option>}
        {(rounds.data ?? []).map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  )
}

function Board({ roundId }: { roundId: number }) {
  const t = useT()
  const formatDate = useFormatDate()
  const board = useBoard(roundId)
  const [diff, setDiff] = useState<ProposalDiff | null>(null)
  // Proposing first computes and shows the changes; only the dialog's button stores them.
  const preview = useMutation({ mutationFn: () => unwrap(api().planning.previewPlan({ roundId })), onSuccess: (r) => setDiff(r.diff) })
  const previous = useQuery({ queryKey: planningKeys.previous(roundId), queryFn: () => unwrap(api().planning.previousProposal({ roundId })) })
  const [restoring, setRestoring] = useState(false)
  const [restored, setRestored] = useState<number | null>(null)
  if (board.error) return <ErrorBanner error={appErrorOf(board.error)} />
  if (!board.data) return <p className="muted">{t('shell.loading')}</p>
  const last = board.data.lastProposal
  return (
    <>
      <div className="planning-propose">
        <button type="button" className="button button--primary" disabled={preview.isPending} onClick={() => preview.mutate()}>
          {t('planning.board.propose')}
        </button>
        <p className="muted planning-propose__hint">
          {t('planning.board.proposeHint')}{' '}
          {t('planning.board.earliest', { date: formatDate(board.data.earliestStart), notice: board.data.rules.noticeWorkingDays })}
        </p>
      </div>
      <ErrorBanner error={preview.error ? appErrorOf(preview.error) : null} />
      <p className="planning-count">
        <ExchangeCount tally={board.data.exchanges} />
      </p>
      {last && (
        <InfoBanner>
          {t('planning.board.lastProposal', { placed: last.placed, score: last.score })} {t(last.optimal ? 'planning.optimal' : 'planning.notProven')}
        </InfoBanner>
      )}
      {restored !== null && <InfoBanner>{t('planning.restored', { restored })}</InfoBanner>}
      {previous.data && (
        <div className="planning-propose">
          <button type="button" className="button" onClick={() => setRestoring(true)}>
            {t('planning.board.restore')}
          </button>
          <p className="muted planning-propose__hint">
            {t('planning.board.restoreHint', { date: formatDate(previous.data.at.slice(0, 10)), count: previous.data.placements })}
          </p>
        </div>
      )}
      {restoring && previous.data && (
        <RestoreProposalDialog
          board={board.data}
          previous={previous.data}
          onDone={(count) => {
            setRestoring(false)
            setRestored(count)
          }}
          onClose={() => setRestoring(false)}
        />
      )}
      {diff && <ProposeDialog roundId={roundId} diff={diff} onClose={() => setDiff(null)} />}
      <Tabs className="planning-tabs">
        <TabList aria-label={t('planning.board.sections')} className="planning-tabs__list">
          {TABS.map((tab) => (
            <Tab key={tab} id={tab} className="planning-tabs__tab">
              {t(`planning.tab.${tab}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="participants">
          <ParticipantsTab board={board.data} />
        </TabPanel>
        <TabPanel id="hosts">
          <HostsTab board={board.data} />
        </TabPanel>
        <TabPanel id="calendar">
          <CalendarTab board={board.data} />
        </TabPanel>
        <TabPanel id="teams">
          <TeamsTab roundId={roundId} board={board.data} />
        </TabPanel>
        <TabPanel id="workshops">
          <WorkshopsTab roundId={roundId} board={board.data} />
        </TabPanel>
        <TabPanel id="rules">
          <RulesTab roundId={roundId} rules={board.data.rules} />
        </TabPanel>
      </Tabs>
    </>
  )
}

function PlanningScreen() {
  const t = useT()
  const { roundId } = useParams()
  const navigate = useNavigate()
  const rounds = useRoundList()
  const id = roundId ? Number(roundId) : null
  // Without a round in the address, open the newest round that is still being planned.
  useEffect(() => {
    if (id !== null || !rounds.data || rounds.data.length === 0) return
    const open = rounds.data.find((r) => r.status !== 'closed') ?? rounds.data[0]!
    navigate(`/planning/${open.id}`, { replace: true })
  }, [id, rounds.data, navigate])
  return (
    <>
      <PageHeader title={t('planning.board.title')} actions={<RoundPicker roundId={id} />} />
      {rounds.data?.length === 0 && <p className="muted">{t('planning.board.noRounds')}</p>}
      {id !== null && <Board key={id} roundId={id} />}
    </>
  )
}

export function PlanningPage() {
  return (
    <Routes>
      <Route index element={<PlanningScreen />} />
      <Route path=":roundId" element={<PlanningScreen />} />
    </Routes>
  )
}
