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
  const ids = { year: useId(), from: useId(), to: useId(), round: useId() }
  const lastYear = new Date().getFullYear() + 1
  const years = Array.from({ length: lastYear - PILOT_YEAR + 1 }, (_, i) => lastYear - i)
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
        {choice.kind === 'year' && <YearSelect id={ids.year} label={t('stats.screen.year')} value={choice.year} years={years} onChange={(year) => onChange({ ...choice, year })} />}
        {choice.kind === 'range' && (
          <>
            <YearSelect id={ids.from} label={t('stats.screen.from')} value={choice.from} years={years} onChange={(from) => onChange({ ...choice, from })} />
            <YearSelect id={ids.to} label={t('stats.screen.to')} value={choice.to} years={years} onChange={(to) => onChange({ ...choice, to })} error={backwards ? t('error.stats.badRange', { from: choice.from, to: choice.to }) : undefined} />
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

function YearSelect({ id, label, value, years, onChange, error }: { id: string; label: string; value: number; years: number[]; onChange: (year: number) => void; error?: string }) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
