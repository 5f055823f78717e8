import { useId, useMemo, useRef, useState } from 'react'
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import { NOMINATION_STATUSES, type BoardNomination, type PlanningBoard } from '../../../../shared/planning/board'
import { ErrorBanner } from '../../components/Alerts'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { useVirtualRows } from '../nominations/virtualRows'
import { CompletionDialog } from './CompletionDialog'
import { ConfirmStartedDialog } from './ConfirmStartedDialog'
import { PlaceDialog } from './PlaceDialog'
import { personName, statusKey, useBoardChange, useExplain } from './queries'

/** A row without an explanation (two short lines); rows are measured once drawn, as explanations make them taller. */
const ROW_ESTIMATE = 44

type Action = 'confirm' | 'lock' | 'unlock' | 'move' | 'place' | 'remove' | 'withdraw' | 'complete'

function actionsFor(n: BoardNomination): Action[] {
  const p = n.placement
  if (n.status === 'withdrawn') return []
  if (!p) return ['place', 'withdraw']
  if (p.status === 'completed') return ['complete']
  // Only an agreed (confirmed) exchange can have taken place, so completion is offered for those alone.
  return [
    ...(p.status === 'proposed' ? (['confirm'] as const) : []),
    p.locked ? 'unlock' : 'lock',
    'move',
    ...(p.status === 'confirmed' ? (['complete'] as const) : []),
    'remove',
    'withdraw',
  ]
}

/** Everyone nominated for the round, with where the plan puts them, why, and what can be done by hand. */
export function ParticipantsTab({ board }: { board: PlanningBoard }) {
  const t = useT()
  const formatDate = useFormatDate()
  const explain = useExplain()
  const statusId = useId()
  const searchId = useId()
  const [status, setStatus] = useState<string>('all')
  const [search, setSearch] = useState('')
  const [dialog, setDialog] = useState<{ kind: 'place' | 'complete' | 'confirmStarted'; nomination: BoardNomination } | null>(null)
  const roundId = board.round.id
  const change = useBoardChange(roundId, async ({ action, n }: { action: Action; n: BoardNomination }) => {
    const placementId = n.placement?.id ?? 0
    const planning = api().planning
    if (action === 'confirm') return unwrap(planning.confirm({ placementId, evenIfStarted: false }))
    if (action === 'lock' || action === 'unlock') return unwrap(planning.setLocked({ placementId, locked: action === 'lock' }))
    if (action === 'remove') return unwrap(planning.remove({ placementId }))
    return unwrap(planning.withdraw({ nominationId: n.id }))
  })
  const anonymous = t('planning.participant.anonymous')
  const rows = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase('sl')
    return board.nominations.filter(
      (n) =>
        (status === 'all' || (status === 'flagged' ? n.placement?.overrideReason : n.status === status)) &&
        (needle === '' || `${personName(n, anonymous)} ${n.organisationName} ${n.placement?.hostName ?? ''}`.toLocaleLowerCase('sl').includes(needle)),
    )
  }, [board.nominations, status, search, anonymous])
  // A round can have thousands of nominations: only the rows in view (and a few around them) are drawn.
  const scrollRef = useRef<HTMLDivElement>(null)
  const { virtualizer, items, padTop, padBottom, onKeyDown } = useVirtualRows(rows.length, scrollRef, ROW_ESTIMATE)
  const act = (action: Action, n: BoardNomination) => {
    if (action === 'move' || action === 'place') setDialog({ kind: 'place', nomination: n })
    else if (action === 'complete') setDialog({ kind: 'complete', nomination: n })
    // An exchange that has started (or should have by now) is confirmed only after the user says so.
    else if (action === 'confirm' && n.placement && n.placement.startsOn <= board.today) setDialog({ kind: 'confirmStarted', nomination: n })
    else change.mutate({ action, n })
  }
  return (
    <section aria-label={t('planning.tab.participants')}>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={statusId}>{t('planning.filter.status')}</label>
          <select id={statusId} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="all">{t('planning.filter.all')}</option>
            {NOMINATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`planning.status.${s}`)}
              </option>
            ))}
            <option value="flagged">{t('planning.filter.flagged')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={searchId}>{t('planning.filter.search')}</label>
          <input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <p className="muted" role="status">
          {t('planning.filter.count', { shown: rows.length, total: board.nominations.length })}
        </p>
      </div>
      <ErrorBanner error={change.error ? appErrorOf(change.error) : null} />
      <div className="table-scroll planning-participants" ref={scrollRef} tabIndex={0} role="region" aria-label={t('planning.participants.list')} onKeyDown={onKeyDown}>
        <table className="simple-table planning-table" aria-label={t('planning.participants.list')} aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{t('planning.column.participant')}</th>
              <th scope="col">{t('planning.column.status')}</th>
              <th scope="col">{t('planning.column.placement')}</th>
              <th scope="col">{t('planning.column.why')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('planning.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
            {items.map((item) => {
              const n = rows[item.index]!
              // A withdrawn placement (as at an erasure) is no longer a host and dates: the row shows none.
              const p = n.placement?.status === 'withdrawn' ? null : n.placement
              const name = personName(n, anonymous, t('planning.participant.erased'))
              const actions = actionsFor(n)
              return (
                <tr key={n.id} data-nomination={n.id} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                  <th scope="row">
                    {name}
                    <br />
                    <span className="muted">{n.organisationName}</span>
                  </th>
                  <td>
                    <span className={`badge badge--nomination-${n.status}`}>{t(statusKey(n))}</span>
                    {p?.locked && <span className="badge badge--locked">{t('planning.placement.locked')}</span>}
                  </td>
                  <td>
                    {p ? (
                      <>
                        {p.hostName}
                        <br />
                        <span className="nowrap">
                          {formatDate(p.startsOn)} – {formatDate(p.endsOn)}
                        </span>
                        {p.mentorName && <span className="muted"> · {t('planning.placement.mentor', { name: p.mentorName })}</span>}
                      </>
                    ) : (
                      <span className="muted">{t('planning.placement.none')}</span>
                    )}
                  </td>
                  <td>
                    {p?.overrideReason && (
                      <p className="planning-flag">
                        <span aria-hidden="true">⚠ </span>
                        {t('planning.placement.override', { reason: p.overrideReason })}
                      </p>
                    )}
                    {p ? (explain.placement(n) ?? t('planning.rank', { rank: p.preferenceRank })) : explain.unplaced(n)}
                    {p?.participantRating != null && <p className="muted">{t('planning.placement.rated', { participant: p.participantRating, host: p.hostRating ?? '–' })}</p>}
                  </td>
                  <td className="actions-cell">
                    {actions.length > 0 && (
                      <MenuTrigger>
                        <Button className="button" aria-label={t('planning.actions.for', { name })}>
                          {t('planning.column.actions')} <span aria-hidden="true">▾</span>
                        </Button>
                        <Popover className="planning-menu">
                          <Menu onAction={(key) => act(key as Action, n)} aria-label={t('planning.actions.for', { name })}>
                            {actions.map((a) => (
                              <MenuItem key={a} id={a} className="planning-menu__item">
                                {t(`planning.action.${a}`)}
                              </MenuItem>
                            ))}
                          </Menu>
                        </Popover>
                      </MenuTrigger>
                    )}
                  </td>
                </tr>
              )
            })}
            {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
          </tbody>
        </table>
      </div>
      {dialog?.kind === 'place' && <PlaceDialog board={board} nomination={dialog.nomination} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'confirmStarted' && dialog.nomination.placement && (
        <ConfirmStartedDialog roundId={roundId} placement={dialog.nomination.placement} name={personName(dialog.nomination, anonymous)} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'complete' && dialog.nomination.placement && (
        <CompletionDialog roundId={roundId} placement={dialog.nomination.placement} name={personName(dialog.nomination, anonymous)} onClose={() => setDialog(null)} />
      )}
    </section>
  )
}
