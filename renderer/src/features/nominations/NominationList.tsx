import { useMemo, useRef, useState } from 'react'
import type { ConsentChange, ConsentResult } from '../../../../shared/domain/consent'
import { appErrorOf } from '../../app/api'
import { ErrorBanner } from '../../components/Alerts'
import { useFormatDate, useT } from '../../i18n/useT'
import { ConsentDialog } from './consent/ConsentDialog'
import { CONSENT_FILTERS, consentText, matchesFilter, type ConsentFilter } from './consent/consentView'
import { SelectAll } from './consent/SelectAll'
import { useVirtualRows } from './virtualRows'
import { useNominations } from './queries'

const ROW_HEIGHT = 37

interface Props {
  roundId: number | null
  filter: ConsentFilter
  onFilter: (filter: ConsentFilter) => void
  onConsent: (result: ConsentResult) => void
}

/** The nominations of the chosen round, virtualised (a round may have thousands), with their consent to record. */
export function NominationList({ roundId, filter, onFilter, onConsent }: Props) {
  const t = useT()
  const date = useFormatDate()
  const list = useNominations(roundId)
  const rows = useMemo(() => (list.data ?? []).filter((n) => matchesFilter(n, filter)), [list.data, filter])
  const [chosen, setChosen] = useState<Set<number>>(new Set())
  const [dialog, setDialog] = useState<{ ids: number[]; action: ConsentChange['action'] } | null>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const { items, padTop, padBottom, onKeyDown } = useVirtualRows(rows.length, scrollRef, ROW_HEIGHT)
  // Only what is shown counts as chosen: a filter change never acts on rows out of sight.
  const shownChosen = rows.filter((n) => chosen.has(n.id))
  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(id)
    else next.delete(id)
    setChosen(next)
  }
  const nameOf = (n: (typeof rows)[number]) => [n.firstName, n.lastName].filter(Boolean).join(' ')
  const dialogRows = dialog ? (list.data ?? []).filter((n) => dialog.ids.includes(n.id)) : []
  return (
    <section aria-labelledby="nominations-heading">
      <h2 id="nominations-heading">{t('import.screen.nominations')}</h2>
      <ErrorBanner error={list.error ? appErrorOf(list.error) : null} />
      <div className="toolbar consent-toolbar">
        <div className="field">
          <label htmlFor="consent-filter">{t('consent.ui.filter')}</label>
          <select id="consent-filter" value={filter} onChange={(e) => onFilter(e.target.value as ConsentFilter)}>
            {CONSENT_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`consent.ui.filter.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <span className="muted" aria-live="polite">
          {t('consent.ui.selected', { count: shownChosen.length })}
        </span>
        <button type="button" className="button button--primary" disabled={shownChosen.length === 0} onClick={() => setDialog({ ids: shownChosen.map((n) => n.id), action: 'give' })}>
          {t('consent.ui.record')}
        </button>
        <button type="button" className="button" disabled={shownChosen.length === 0} onClick={() => setDialog({ ids: shownChosen.map((n) => n.id), action: 'withdraw' })}>
          {t('consent.ui.withdraw')}
        </button>
      </div>
      <div className="grid">
        <div className="grid__scroll grid__scroll--short" ref={scrollRef} tabIndex={0} role="region" aria-label={t('import.screen.nominations')} onKeyDown={onKeyDown}>
          <table className="nominations-table" aria-label={t('import.screen.nominations')} aria-rowcount={rows.length + 1}>
            <thead>
              <tr>
                <th scope="col" className="nominations-table__select">
                  <SelectAll rows={rows} chosen={chosen} onChange={setChosen} />
                </th>
                <th scope="col">{t('import.field.lastName')}</th>
                <th scope="col">{t('import.field.firstName')}</th>
                <th scope="col">{t('import.field.email')}</th>
                <th scope="col">{t('import.field.organisation')}</th>
                <th scope="col" className="nominations-table__date">
                  {t('import.field.availableFrom')}
                </th>
                <th scope="col" className="nominations-table__date">
                  {t('import.field.availableTo')}
                </th>
                <th scope="col" className="nominations-table__consent">
                  {t('consent.ui.column')}
                </th>
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
              {items.map((item) => {
                const n = rows[item.index]
                if (!n) return null
                const consent = consentText(n, t, date)
                // An erased person's nomination is withdrawn for good: nothing about them to select or record.
                const erased = n.withdrawnReason === 'erasure' && n.lastName === null
                return (
                  <tr key={n.id} aria-rowindex={item.index + 2} aria-selected={chosen.has(n.id)} style={{ height: ROW_HEIGHT }}>
                    <td className="nominations-table__select">
                      <input type="checkbox" disabled={erased} checked={chosen.has(n.id)} onChange={(e) => toggle(n.id, e.target.checked)} aria-label={t('consent.ui.select', { name: nameOf(n) })} />
                    </td>
                    {erased ? (
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
                    <td className="nominations-table__consent">
                      {erased ? (
                        '—'
                      ) : (
                        <button
                          type="button"
                          className={`cell-button consent consent--${consent.status}`}
                          title={consent.text}
                          onClick={() => setDialog({ ids: [n.id], action: consent.status === 'given' ? 'withdraw' : 'give' })}
                          aria-label={`${t('consent.ui.recordOneFor', { name: nameOf(n) })}: ${consent.text}`}
                        >
                          {consent.text}
                        </button>
                      )}
                    </td>
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
      {dialog && roundId !== null && (
        <ConsentDialog
          roundId={roundId}
          nominations={dialogRows}
          action={dialog.action}
          onClose={() => setDialog(null)}
          onDone={(result) => {
            setDialog(null)
            setChosen(new Set())
            onConsent(result)
          }}
        />
      )}
    </section>
  )
}
