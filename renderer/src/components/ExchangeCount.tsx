import type { ExchangeTally } from '../../../shared/domain/counts'
import { useT } from '../i18n/useT'

/**
 * "80 izmenjav" with its definition written under it (shared/domain/counts.ts): the same words and the same
 * number on Rounds and Planning, and how it relates to the statistics' participants.
 */
export function ExchangeCount({ tally }: { tally: ExchangeTally }) {
  const t = useT()
  return (
    <span className="exchange-count">
      <span data-testid="exchange-count">{t('counts.exchanges', { count: tally.exchanges })}</span>
      <small className="muted count-caption" data-testid="exchange-caption">
        {t('counts.exchangesCaption', { ...tally })}
      </small>
    </span>
  )
}
