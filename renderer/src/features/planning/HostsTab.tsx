import { useState } from 'react'
import type { BoardOffer, PlanningBoard } from '../../../../shared/planning/board'
import { ErrorBanner } from '../../components/Alerts'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { OfferDialog } from './OfferDialog'
import { useBoardChange } from './queries'
import { EditRemoveButtons, TableHead } from '../../components/TableHead'

/** Sent and hosted per organisation (placements that are not withdrawn), for the reciprocity rule. */
function balance(board: PlanningBoard): Array<{ id: number; name: string; sent: number; hosted: number }> {
  const map = new Map<number, { id: number; name: string; sent: number; hosted: number }>()
  const entry = (id: number, name: string) => map.get(id) ?? map.set(id, { id, name, sent: 0, hosted: 0 }).get(id)!
  for (const n of board.nominations) {
    if (!n.placement || n.placement.status === 'withdrawn') continue
    entry(n.organisationId, n.organisationName).sent++
    entry(n.placement.hostOrganisationId, n.placement.hostName).hosted++
  }
  // Those that send more than they host first, as the rule asks about them.
  return [...map.values()].sort((a, b) => a.hosted - a.sent - (b.hosted - b.sent) || a.name.localeCompare(b.name, 'sl'))
}

function ReciprocityTable({ board }: { board: PlanningBoard }) {
  const t = useT()
  return (
    <section className="panel" aria-labelledby="reciprocity-title">
      <h2 id="reciprocity-title">{t('planning.reciprocity.title')}</h2>
      <table className="simple-table">
        <thead>
          <tr>
            <th scope="col">{t('planning.reciprocity.organisation')}</th>
            <th scope="col">{t('planning.reciprocity.sent')}</th>
            <th scope="col">{t('planning.reciprocity.hosted')}</th>
            <th scope="col">{t('planning.reciprocity.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {balance(board).map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.name}</th>
              <td>{b.sent}</td>
              <td>{b.hosted}</td>
              <td className={b.hosted < b.sent ? 'planning-flag' : undefined}>{b.hosted - b.sent}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** The round's host offers with their free and used places; offers are entered and changed here. */
export function HostsTab({ board }: { board: PlanningBoard }) {
  const t = useT()
  const formatDate = useFormatDate()
  const [editing, setEditing] = useState<BoardOffer | 'new' | null>(null)
  const remove = useBoardChange(board.round.id, (id: number) => unwrap(api().planning.removeOffer({ id })))
  const totals = board.offers.reduce((s, o) => ({ places: s.places + o.places, used: s.used + o.used }), { places: 0, used: 0 })
  return (
    <section aria-label={t('planning.tab.hosts')}>
      <p>{t('planning.hosts.totals', { offers: board.offers.length, places: totals.places, free: Math.max(0, totals.places - totals.used) })}</p>
      <ErrorBanner error={remove.error ? appErrorOf(remove.error) : null} />
      <div className="table-scroll">
        <table className="simple-table planning-table">
          <TableHead
            columns={['host', 'period', 'department', 'mentor', 'languages', 'places'].map((c) => t(`planning.hosts.${c}`))}
            actions={t('planning.column.actions')}
          />
          <tbody>
            {board.offers.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.organisationName}</th>
                  <td className="nowrap">
                    {formatDate(o.availableFrom) || '…'} – {formatDate(o.availableTo) || '…'}
                  </td>
                  <td>{o.department ?? ''}</td>
                  <td>{o.mentorName ?? <span className="muted">{t('shell.none')}</span>}</td>
                  <td>{o.languages.join(', ')}</td>
                  <td>
                    <span className={o.used > o.places ? 'planning-flag' : undefined}>{t('planning.hosts.used', { used: o.used, places: o.places, free: Math.max(0, o.places - o.used) })}</span>
                  </td>
                  <td className="actions-cell">
                    <EditRemoveButtons
                      editLabel={t('planning.hosts.edit', { host: o.organisationName })}
                      removeLabel={t('planning.hosts.remove', { host: o.organisationName })}
                      edit={() => setEditing(o)}
                      remove={() => remove.mutate(o.id)}
                      editText={t('shell.edit')}
                      removeText={t('shell.remove')}
                    />
                  </td>
                </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button panel__add" onClick={() => setEditing('new')}>
        {t('planning.hosts.add')}
      </button>
      {board.rules.reciprocity && <ReciprocityTable board={board} />}
      {editing && <OfferDialog board={board} existing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </section>
  )
}
