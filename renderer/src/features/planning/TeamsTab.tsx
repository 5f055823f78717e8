import { useQuery } from '@tanstack/react-query'
import { teamWarningMessage } from '../../../../shared/planning/messages'
import type { PlanningBoard, StoredTeam } from '../../../../shared/planning/board'
import { ErrorBanner } from '../../components/Alerts'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { useRoundDetail } from '../rounds/queries'
import { personName, planningKeys, useBoardChange } from './queries'

const asInput = (teams: StoredTeam[]) => teams.map((t) => ({ challengeId: t.challengeId, name: t.name, members: t.members.map((m) => m.personId) }))

/** Mixed teams per challenge: proposed in one click, then members moved between teams by hand. */
export function TeamsTab({ roundId, board }: { roundId: number; board: PlanningBoard }) {
  const t = useT()
  const detail = useRoundDetail(roundId)
  const teams = useQuery({ queryKey: planningKeys.teams(roundId), queryFn: () => unwrap(api().planning.teams({ roundId })) })
  const propose = useBoardChange(roundId, () => unwrap(api().planning.proposeTeams({ roundId })))
  const save = useBoardChange(roundId, (input: ReturnType<typeof asInput>) => unwrap(api().planning.saveTeams({ roundId, teams: input })))
  const challenges = detail.data?.challenges ?? []
  const list = teams.data?.teams ?? []
  const anonymous = t('planning.participant.anonymous')
  const names = new Map(board.nominations.map((n) => [n.personId, personName(n, anonymous)]))
  const moveMember = (personId: number, toTeam: number) => {
    const next = asInput(list).map((team, i) => ({ ...team, members: i === toTeam ? [...team.members, personId] : team.members.filter((m) => m !== personId) }))
    save.mutate(next)
  }
  const error = propose.error ?? save.error ?? teams.error
  return (
    <section aria-label={t('planning.tab.teams')}>
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => propose.mutate(undefined)} disabled={propose.isPending || challenges.length === 0}>
          {t('planning.teams.propose')}
        </button>
        {challenges.length === 0 && <p className="muted">{t('planning.teams.noChallenges')}</p>}
      </div>
      <ErrorBanner error={error ? appErrorOf(error) : null} />
      {(teams.data?.warnings.length ?? 0) > 0 && (
        <div className="banner banner--warning" role="status">
          <ul>
            {teams.data!.warnings.map((w, i) => {
              const m = teamWarningMessage(w)
              const who = w.params.personId !== undefined ? `${names.get(w.params.personId) ?? `#${w.params.personId}`}: ` : ''
              return <li key={i}>{who + t(m.key, m.values)}</li>
            })}
          </ul>
        </div>
      )}
      {challenges.map((c) => (
        <section key={c.id} className="panel" aria-labelledby={`challenge-${c.id}`}>
          <h2 id={`challenge-${c.id}`}>{c.title}</h2>
          {list.filter((team) => team.challengeId === c.id).length === 0 && <p className="muted">{t('planning.teams.none')}</p>}
          {list.map((team, index) =>
            team.challengeId !== c.id ? null : (
              <div key={team.id} className="planning-team">
                <h3>{team.name}</h3>
                <ul>
                  {team.members.map((m) => (
                    <li key={m.personId}>
                      {personName(m, anonymous)} <span className="muted">({m.organisationName}, {t(`partners.sector.${m.sector}`)})</span>{' '}
                      <label className="visually-hidden" htmlFor={`move-${team.id}-${m.personId}`}>
                        {t('planning.teams.moveTo', { name: personName(m, anonymous) })}
                      </label>
                      <select id={`move-${team.id}-${m.personId}`} value={index} onChange={(e) => moveMember(m.personId, Number(e.target.value))}>
                        {list.map((other, k) => (
                          <option key={other.id} value={k}>
                            {other.name}
                          </option>
                        ))}
                      </select>
                    </li>
                  ))}
                </ul>
              </div>
            ),
          )}
        </section>
      ))}
    </section>
  )
}
