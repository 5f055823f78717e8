import { useRef } from 'react'
import { appErrorOf } from '../../app/api'
import { ErrorBanner } from '../../components/Alerts'
import { useFormatDate, useT } from '../../i18n/useT'
import { useVirtualRows } from './virtualRows'
import { useNominations } from './queries'

const ROW_HEIGHT = 37

/** The nominations of the chosen round, virtualised: a round may have thousands. */
export function NominationList({ roundId }: { roundId: number | null }) {
  const t = useT()
  const date = useFormatDate()
  const list = useNominations(roundId)
  const rows = list.data ?? []
  const scrollRef = useRef<HTMLDivElement>(null)
  const { items, padTop, padBottom } = useVirtualRows(rows.length, scrollRef, ROW_HEIGHT)
  return (
    <section aria-labelledby="nominations-heading">
      <h2 id="nominations-heading">{t('import.screen.nominations')}</h2>
      <ErrorBanner error={list.error ? appErrorOf(list.error) : null} />
      <div className="grid">
        <div className="grid__scroll grid__scroll--short" ref={scrollRef} tabIndex={0} role="region" aria-label={t('import.screen.nominations')}>
          <table className="nominations-table" aria-label={t('import.screen.nominations')} aria-rowcount={rows.length + 1}>
            <thead>
              <tr>
                <th scope="col">{t('import.field.lastName')}</th>
                <th scope="col">{t('import.field.firstName')}</th>
                <th scope="col">{t('import.field.email')}</th>
                <th scope="col">{t('import.field.organisation')}</th>
                <th scope="col">{t('import.field.availableFrom')}</th>
                <th scope="col">{t('import.field.availableTo')}</th>
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
              {items.map((item) => {
                const n = rows[item.index]
                if (!n) return null
                return (
                  <tr key={n.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                    {n.withdrawnReason === 'erasure' && n.lastName === null ? (
                      <td colSpan={3} className="muted">
                        {t('import.screen.withdrawnErasure')}
                      </td>
                    ) : (
                      <>
                        <td>{n.lastName}</td>
                        <td>{n.firstName}</td>
                        <td>{n.email}</td>
                      </>
                    )}
                    <td>{n.organisation}</td>
                    <td>{date(n.availableFrom)}</td>
                    <td>{date(n.availableTo)}</td>
                  </tr>
                )
              })}
              {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
            </tbody>
          </table>
          {list.isSuccess && rows.length === 0 && <p className="muted" style={{ padding: '0.75rem' }}>{t('import.screen.noNominations')}</p>}
        </div>
        <p className="grid__count" role="status">
          {t('cli.count', { count: rows.length })}
        </p>
      </div>
    </section>
  )
}
