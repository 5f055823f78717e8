import type { HistoryEntry } from '../../../../shared/domain/partners'
import { useT } from '../../i18n/useT'

export function HistoryPanel({ history }: { history: HistoryEntry[] }) {
  const t = useT()
  return (
    <section aria-labelledby="partner-history-title">
      <h2 id="partner-history-title">{t('partners.history')}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('partners.history.empty')}</p>
      ) : (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">{t('partners.history.round')}</th>
              <th scope="col">{t('partners.history.sent')}</th>
              <th scope="col">{t('partners.history.hosted')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.roundId}>
                <td>{h.roundName}</td>
                <td>{h.sent}</td>
                <td>{h.hosted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
