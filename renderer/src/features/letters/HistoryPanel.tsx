import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { asciiFileNamePart } from '../../../../shared/letters/fileName'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { useLetterHistory } from './queries'
import { TableHead } from '../../components/TableHead'

/** What was generated for the round: who got which letter, when, by whom, its hash; any one can be printed again. */
export function HistoryPanel({ roundId }: { roundId: number | null }) {
  const t = useT()
  const formatDate = useFormatDate()
  const history = useLetterHistory(roundId)
  const [saved, setSaved] = useState<string | null>(null)
  const reprint = useMutation({
    mutationFn: async ({ id, reference }: { id: number; reference: string }) => {
      const { file } = await unwrap(api().dialog.saveFile({ purpose: 'letters', defaultName: `${asciiFileNamePart(reference, 60) || 'letter'}.pdf`, extensions: ['pdf'] }))
      return file ? unwrap(api().letters.reprint({ id, file })) : null
    },
    onMutate: () => setSaved(null),
    onSuccess: (value) => setSaved(value ? t('letters.ui.reprinted', { reference: value.reference, file: value.file }) : null),
  })
  const rows = history.data ?? []
  return (
    <section className="panel" aria-labelledby="letters-history-title">
      <h2 id="letters-history-title">{t('letters.ui.history')}</h2>
      <ErrorBanner error={history.error ? appErrorOf(history.error) : reprint.error ? appErrorOf(reprint.error) : null} />
      {saved && <InfoBanner>{saved}</InfoBanner>}
      {history.data && rows.length === 0 && <p className="muted">{t('letters.ui.historyEmpty')}</p>}
      {rows.length > 0 && (
        <div className="table-scroll letters-history">
          <table className="simple-table">
            <caption className="visually-hidden">{t('letters.ui.history')}</caption>
            <TableHead
              columns={['reference', 'recipient', 'kind', 'language', 'createdAt', 'createdBy', 'hash'].map((c) => t(`letters.ui.${c}`))}
              actions={t('letters.ui.reprint')}
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="nowrap">
                    {r.reference}
                  </th>
                  <td>{r.kind === 'participant' ? r.participant : `${r.recipient} (${r.participant})`}</td>
                  <td>
                    <span className="nowrap">{t(`letters.ui.kindShort.${r.kind}`)}</span>
                    {r.reissueOf && <span className="muted"> ({t('letters.ui.reissueOf', { reference: r.reissueOf, reason: r.reissueReason ?? '' })})</span>}
                  </td>
                  <td>{r.language.toUpperCase()}</td>
                  <td className="nowrap">{formatDate(r.createdAt)}</td>
                  <td>{r.createdBy}</td>
                  <td className="nowrap">
                    <code title={r.contentHash}>{r.contentHash.slice(0, 12)}</code>
                  </td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('letters.ui.reprintOne', { reference: r.reference })}
                      disabled={reprint.isPending}
                      onClick={() => reprint.mutate({ id: r.id, reference: r.reference })}
                    >
                      {t('letters.ui.reprint')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
