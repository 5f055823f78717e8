import { useId } from 'react'
import { PILOT_YEAR, type StatsPeriodInput } from '../../../../shared/stats/period'
import { useT } from '../../i18n/useT'
import { useRoundList } from '../rounds/queries'

export type PeriodKind = 'year' | 'range' | 'round'
export interface PeriodChoice {
  kind: PeriodKind
  year: number
  from: number
  to: number
  roundId: number | null
}

/** What the choice asks the statistics for; null while it cannot be asked (no round chosen, years backwards). */
export function periodOf(choice: PeriodChoice): StatsPeriodInput | null {
  if (choice.kind === 'year') return { year: choice.year }
  if (choice.kind === 'range') return choice.from <= choice.to ? { from: choice.from, to: choice.to } : null
  return choice.roundId === null ? null : { roundId: choice.roundId }
}

const KINDS: PeriodKind[] = ['year', 'range', 'round']

/** A year, a range of years or a round; the figures follow every change at once. */
export function PeriodPicker({ choice, onChange }: { choice: PeriodChoice; onChange: (choice: PeriodChoice) => void }) {
  const t = useT()
  const rounds = useRoundList()
  const ids = { year: useId(), from: useId(), to: useId(), round: useId(), rangeError: useId() }
  const lastYear = new Date().getFullYear() + 1
  const years = Array.from({ length: lastYear - PILOT_YEAR + 1 }, (_, i) => lastYear - i)
  const yearOptions = years.map((y) => (
    <option key={y} value={y}>
      {y}
    </option>
  ))
  const backwards = choice.kind === 'range' && choice.from > choice.to
  return (
    <div className="stats-period panel">
      <fieldset className="radio-group">
        <legend>{t('stats.screen.period')}</legend>
        {KINDS.map((kind) => (
          <label key={kind}>
            <input type="radio" name="stats-period-kind" value={kind} checked={choice.kind === kind} onChange={() => onChange({ ...choice, kind })} />{' '}
            {t(`stats.screen.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="stats-period__fields">
        {choice.kind === 'year' && (
          <div className="field">
            <label htmlFor={ids.year}>{t('stats.screen.year')}</label>
            <select id={ids.year} value={choice.year} onChange={(e) => onChange({ ...choice, year: Number(e.target.value) })}>
              {yearOptions}
            </select>
          </div>
        )}
        {choice.kind === 'range' && (
          <>
            <div className="field">
              <label htmlFor={ids.from}>{t('stats.screen.from')}</label>
              <select id={ids.from} value={choice.from} onChange={(e) => onChange({ ...choice, from: Number(e.target.value) })}>
                {yearOptions}
              </select>
            </div>
            <div className={`field${backwards ? ' field--invalid' : ''}`}>
              <label htmlFor={ids.to}>{t('stats.screen.to')}</label>
              <select id={ids.to} value={choice.to} aria-invalid={backwards || undefined} aria-describedby={backwards ? ids.rangeError : undefined} onChange={(e) => onChange({ ...choice, to: Number(e.target.value) })}>
                {yearOptions}
              </select>
              {backwards && (
                <p id={ids.rangeError} className="field__error" role="alert">
                  {t('error.stats.badRange', { from: choice.from, to: choice.to })}
                </p>
              )}
            </div>
          </>
        )}
        {choice.kind === 'round' && (
          <div className="field">
            <label htmlFor={ids.round}>{t('stats.screen.round')}</label>
            <select id={ids.round} value={choice.roundId ?? ''} onChange={(e) => onChange({ ...choice, roundId: e.target.value === '' ? null : Number(e.target.value) })}>
              <option value="">{t('stats.screen.chooseRound')}</option>
              {(rounds.data ?? []).map((round) => (
                <option key={round.id} value={round.id}>
                  {round.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
    </div>
  )
}
