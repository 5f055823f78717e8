import { useState } from 'react'
import type { StatsExportResult } from '../../../../shared/api/stats'
import { SECTORS } from '../../../../shared/domain/enums'
import { DIRECTIONS, directionKey, FIGURES, figureDefinitionKey, figureLabelKey, GENERAL_RULES, ruleDefinitionKey, ruleLabelKey } from '../../../../shared/stats/definitions'
import { PILOT_YEAR } from '../../../../shared/stats/period'
import { periodMessage } from '../../../../shared/stats/periodLabel'
import type { Statistics } from '../../../../shared/stats/types'
import { appErrorOf } from '../../app/api'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { PageHeader } from '../../components/PageHeader'
import { useT } from '../../i18n/useT'
import { ChartFigure, DataTable, type FigureTable } from './ChartFigure'
import { CategoryBars, GrowthChart } from './charts'
import { ExportDialog } from './ExportDialog'
import { PeriodPicker, periodOf, type PeriodChoice } from './PeriodPicker'
import { useFigureFormat, useStatistics } from './queries'
import './statistics.css'

const thisYear = new Date().getFullYear()

export function StatisticsPage() {
  const t = useT()
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'year', year: thisYear, from: PILOT_YEAR, to: thisYear, roundId: null })
  const [exporting, setExporting] = useState(false)
  const [exported, setExported] = useState<StatsExportResult | null>(null)
  const period = periodOf(choice)
  const stats = useStatistics(period)
  const shown = period !== null ? stats.data : undefined
  return (
    <>
      <PageHeader
        title={t('stats.title')}
        actions={
          <button type="button" className="button button--primary" disabled={period === null} onClick={() => setExporting(true)}>
            {t('stats.screen.export')}
          </button>
        }
      />
      <PeriodPicker
        choice={choice}
        onChange={(next) => {
          setChoice(next)
          setExported(null)
        }}
      />
      {exported && <InfoBanner>{t('stats.export.done', { file: exported.file })}</InfoBanner>}
      <ErrorBanner error={stats.error ? appErrorOf(stats.error) : null} />
      <div aria-live="polite" aria-busy={stats.isFetching} className="stats-body" data-state={stats.isFetching ? 'loading' : 'ready'}>
        {shown ? <Figures stats={shown} /> : !stats.error && period !== null && <p className="muted">{t('stats.screen.loading')}</p>}
      </div>
      {exporting && period && (
        <ExportDialog
          period={period}
          onClose={() => setExporting(false)}
          onDone={(result) => {
            setExporting(false)
            setExported(result)
          }}
        />
      )}
    </>
  )
}

function Figures({ stats }: { stats: Statistics }) {
  const t = useT()
  const { figure, factor } = useFigureFormat()
  const { participants: p, organisations: o, personDays: d, teams, workshops: w, feedback: f, growth } = stats
  const { key, values } = periodMessage(stats.period)
  const last = growth.at(-1)
  const sector = (s: string) => t(`partners.sector.${s}`)
  const row = (k: string, label: string, ...cells: Array<number | string | null>) => ({
    key: k,
    cells: [label, ...cells.map((c) => (typeof c === 'number' || c === null ? figure(c) : c))],
  })

  /** A two-column table of measures (`stats.measure.<key>`) with their values. */
  const measures = (caption: string, items: Array<[string, number | null, number?]>) => (
    <DataTable
      visibleCaption
      caption={t(caption)}
      table={{ headers: [t('stats.column.measure'), t('stats.column.value')], rows: items.map(([k, value, decimals]) => ({ key: k, cells: [t(`stats.measure.${k}`), figure(value, decimals)] })) }}
    />
  )
  const directionTable: FigureTable = {
    headers: [t('stats.column.direction'), t('stats.column.participants')],
    rows: DIRECTIONS.map((dir) => row(dir, t(directionKey(dir)), p.byDirection[dir])),
    total: ['', figure(p.total)],
  }
  const sectorTable: FigureTable = {
    headers: [t('stats.column.sector'), t('stats.column.participants'), t('stats.column.organisations'), t('stats.column.newPartners')],
    rows: SECTORS.map((s) => row(s, sector(s), p.byHomeSector[s], o.bySector[s], o.newPartnersBySector[s])),
    total: ['', figure(p.total), figure(o.total), figure(o.newPartners)],
  }
  const ratingTable: FigureTable = {
    headers: [t('stats.column.rating'), t('stats.column.participantRatings'), t('stats.column.hostRatings')],
    rows: ([1, 2, 3, 4, 5] as const).map((r) => row(String(r), String(r), f.participant.distribution[r], f.host.distribution[r])),
    total: ['', figure(f.participant.responses), figure(f.host.responses)],
  }
  const growthTable: FigureTable = {
    headers: [t('stats.column.year'), t('stats.column.ministries'), t('stats.column.companies'), t('stats.column.ngos'), t('stats.column.organisations'), t('stats.column.participants'), t('stats.column.participantsFactor')],
    rows: growth.map((g) => ({ key: String(g.year), cells: [String(g.year), figure(g.ministries), figure(g.companies), figure(g.ngos), figure(g.organisations), figure(g.participants), factor(g.participantsFactor)] })),
  }

  return (
    <>
      <h2 className="stats-period-title">{t(key, values)}</h2>
      {p.total === 0 && o.total === 0 && <InfoBanner>{t('stats.screen.empty')}</InfoBanner>}
      <ul className="stats-cards" aria-label={t('stats.cover.keyFigures')}>
        <Card label={t('stats.figure.participants')} value={figure(p.total)} note={t('stats.screen.peopleNote', { people: figure(p.people) })} />
        <Card label={t('stats.figure.organisations')} value={figure(o.total)} note={t('stats.screen.newPartnersNote', { count: figure(o.newPartners) })} />
        <Card label={t('stats.figure.personDaysPlanned')} value={figure(d.planned)} note={t('stats.screen.actualNote', { days: figure(d.actual) })} />
        <Card label={t('stats.figure.averageLength')} value={figure(d.averagePlanned, 1)} note={t('stats.screen.daysNote')} />
        <Card label={t('stats.figure.mixedTeams')} value={figure(teams.mixedTeams)} note={t('stats.screen.teamsNote', { teams: figure(teams.teams), challenges: figure(teams.challenges) })} />
        <Card label={t('stats.figure.workshops')} value={figure(w.workshops)} note={t('stats.screen.attendanceNote', { attended: figure(w.attended) })} />
        <Card label={t('stats.measure.mean')} value={figure(f.participant.mean, 2)} note={t('stats.screen.responsesNote', { responses: figure(f.participant.responses) })} />
        {last && <Card label={t('stats.figure.growthFactor')} value={factor(last.participantsFactor)} note={t('stats.screen.growthNote', { year: last.year, pilot: PILOT_YEAR })} />}
      </ul>
      <p className="muted count-caption" data-testid="participants-caption">
        {t('counts.participantsCaption')}
      </p>

      <section aria-labelledby="stats-participants">
        <h2 id="stats-participants">{t('stats.sheet.participants')}</h2>
        <div className="stats-grid">
          <ChartFigure
            title={t('stats.table.byDirection')}
            table={directionTable}
            chart={<CategoryBars horizontal format={figure} data={DIRECTIONS.map((dir) => ({ label: t(directionKey(dir)), participants: p.byDirection[dir] }))} series={[{ key: 'participants', label: t('stats.column.participants') }]} />}
          />
          <ChartFigure
            title={t('stats.table.byHomeSector')}
            table={sectorTable}
            chart={
              <CategoryBars
                horizontal
                format={figure}
                data={SECTORS.map((s) => ({ label: sector(s), participants: p.byHomeSector[s], organisations: o.bySector[s] }))}
                series={[{ key: 'participants', label: t('stats.column.participants') }, { key: 'organisations', label: t('stats.column.organisations') }]}
              />
            }
          />
          <div className="panel">
            <DataTable
              visibleCaption
              caption={t('stats.table.byGender')}
              table={{ headers: [t('stats.column.gender'), t('stats.column.participants')], rows: (['f', 'm', 'x', 'unknown'] as const).map((g) => row(g, g === 'unknown' ? t('stats.notRecorded') : t(`stats.gender.${g}`), p.byGender[g])), total: ['', figure(p.total)] }}
            />
            <DataTable
              visibleCaption
              caption={t('stats.table.byDriver')}
              table={{ headers: [t('stats.column.driver'), t('stats.column.participants')], rows: (['process', 'project', 'practice', 'unknown'] as const).map((k) => row(k, k === 'unknown' ? t('stats.notRecorded') : t(`stats.driver.${k}`), p.byDriver[k])), total: ['', figure(p.total)] }}
            />
          </div>
        </div>
      </section>

      <section aria-labelledby="stats-organisations">
        <h2 id="stats-organisations">{t('stats.sheet.organisations')}</h2>
        <div className="panel table-wide">
          <DataTable
            visibleCaption
            caption={t('stats.figure.reciprocity')}
            table={{
              headers: [t('stats.column.sector'), t('stats.column.sending'), t('stats.column.hosting'), t('stats.column.reciprocal'), t('stats.column.sent'), t('stats.column.hosted'), t('stats.column.balance')],
              rows: o.balance.map((b) => row(b.sector, sector(b.sector), b.sending, b.hosting, b.reciprocal, b.sent, b.hosted, b.balance)),
              total: ['', figure(o.sending), figure(o.hosting), figure(o.reciprocal), figure(p.total), figure(p.total), figure(0)],
            }}
          />
          <p className="muted">{t('stats.screen.offersOnlyNote', { count: figure(o.offersOnly) })}</p>
        </div>
      </section>

      <section aria-labelledby="stats-activities">
        <h2 id="stats-activities">{t('stats.sheet.teams')}</h2>
        <div className="stats-grid">
          <div className="panel">
            {measures('stats.table.personDays', [['planned', d.planned], ['actual', d.actual], ['actualRecorded', d.actualRecorded], ['averagePlanned', d.averagePlanned, 1], ['averageActual', d.averageActual, 1]])}
          </div>
          <div className="panel">
            {measures('stats.table.teams', [['challenges', teams.challenges], ['challengesWithTeams', teams.challengesWithTeams], ['teams', teams.teams], ['mixedTeams', teams.mixedTeams], ['members', teams.members]])}
            {measures('stats.table.workshops', [['workshops', w.workshops], ['capacity', w.capacity], ['registered', w.registered], ['attended', w.attended], ['attendees', w.attendees]])}
          </div>
          <ChartFigure
            title={t('stats.table.ratings')}
            table={ratingTable}
            chart={
              <CategoryBars
                format={figure}
                data={([1, 2, 3, 4, 5] as const).map((r) => ({ label: String(r), participant: f.participant.distribution[r], host: f.host.distribution[r] }))}
                series={[{ key: 'participant', label: t('stats.column.participantRatings') }, { key: 'host', label: t('stats.column.hostRatings') }]}
              />
            }
          />
        </div>
        <p className="muted">{t('stats.screen.feedbackNote', { participant: figure(f.participant.mean, 2), host: figure(f.host.mean, 2), responses: figure(f.participant.responses + f.host.responses), completed: figure(f.completed) })}</p>
      </section>

      <section aria-labelledby="stats-growth">
        <h2 id="stats-growth">{t('stats.table.growth')}</h2>
        {last && last.participantsFactor !== null && <p className="stats-lead">{t('stats.screen.growthLead', { factor: factor(last.participantsFactor), year: last.year, pilot: PILOT_YEAR, from: figure(growth[0]?.participants ?? 0), to: figure(last.participants) })}</p>}
        <ChartFigure
          title={t('stats.figure.growth')}
          table={growthTable}
          chart={<GrowthChart rows={growth} format={figure} labels={{ participants: t('stats.column.participants'), ministries: t('stats.column.ministries'), companies: t('stats.column.companies'), ngos: t('stats.column.ngos') }} />}
        />
        <div className="panel table-wide">
          <DataTable visibleCaption caption={t('stats.table.growth')} table={growthTable} />
        </div>
      </section>

      <details className="stats-definitions panel">
        <summary>{t('stats.cover.definitions')}</summary>
        <dl>
          {GENERAL_RULES.map((r) => (
            <div key={r}>
              <dt>{t(ruleLabelKey(r))}</dt>
              <dd>{t(ruleDefinitionKey(r))}</dd>
            </div>
          ))}
          {FIGURES.map((id) => (
            <div key={id}>
              <dt>{t(figureLabelKey(id))}</dt>
              <dd>{t(figureDefinitionKey(id))}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  )
}

function Card({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <li className="stats-card">
      <span className="stats-card__label">{label}</span>
      <span className="stats-card__value">{value}</span>
      <span className="stats-card__note">{note}</span>
    </li>
  )
}
