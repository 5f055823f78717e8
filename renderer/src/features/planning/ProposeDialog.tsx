import type { DiffEntry, DiffSide, ProposalDiff } from '../../../../shared/planning/diff'
import { ErrorBanner } from '../../components/Alerts'
import { Modal } from '../../components/Modal'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { personName, useBoardChange } from './queries'
import { ConfirmFooter } from '../../components/formSave'

/**
 * Shows what storing a new proposal would change — moved, new, dropped, kept — before anything is written. Storing
 * sends the preview's fingerprint, so a round changed in the meantime is refused instead of stored unseen.
 */
export function ProposeDialog({ roundId, diff, onClose }: { roundId: number; diff: ProposalDiff; onClose: () => void }) {
  const t = useT()
  const formatDate = useFormatDate()
  const store = useBoardChange(roundId, () => unwrap(api().planning.propose({ roundId, fingerprint: diff.fingerprint })))
  const changes = diff.entries.filter((e) => e.kind !== 'kept')
  const side = (s: DiffSide | null) =>
    s ? (
      <>
        {s.hostName}
        <br />
        <span className="nowrap">
          {formatDate(s.from)} – {formatDate(s.to)}
        </span>
      </>
    ) : (
      '–'
    )
  const who = (e: DiffEntry) => personName({ name: e.name, personId: e.personId }, t('planning.participant.anonymous'))
  return (
    <Modal title={t('planning.diff.title')} isOpen onClose={onClose} wide>
      <p className="muted">
        {t('planning.diff.intro')}
        {/* Only replaced proposals are kept to bring back; a first proposal replaces none. */}
        {diff.counts.moved + diff.counts.dropped + diff.counts.kept > 0 && ` ${t('planning.diff.undoable')}`}
      </p>
      <p className="planning-diff__counts" data-testid="diff-counts">
        <strong>{t('planning.diff.counts', diff.counts)}</strong>
      </p>
      {diff.untouched > 0 && <p>{t('planning.diff.untouched', { count: diff.untouched })}</p>}
      {changes.length === 0 ? (
        <p>{t('planning.diff.none')}</p>
      ) : (
        <div className="table-scroll planning-diff" tabIndex={0} role="region" aria-label={t('planning.diff.listLabel')}>
          <table className="simple-table" aria-label={t('planning.diff.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('planning.diff.column.participant')}</th>
                <th scope="col">{t('planning.diff.column.change')}</th>
                <th scope="col">{t('planning.diff.column.before')}</th>
                <th scope="col">{t('planning.diff.column.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((e) => (
                <tr key={e.nominationId} data-kind={e.kind}>
                  <th scope="row">
                    {who(e)}
                    <br />
                    <span className="muted">{e.homeName}</span>
                  </th>
                  <td>
                    <span className={`badge badge--diff-${e.kind}`}>{t(`planning.diff.kind.${e.kind}`)}</span>
                  </td>
                  <td>{side(e.before)}</td>
                  <td>{side(e.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorBanner error={store.error ? appErrorOf(store.error) : null} />
      <ConfirmFooter onCancel={onClose} label={t('planning.diff.store')} disabled={store.isPending} onConfirm={() => store.mutate(undefined, { onSuccess: onClose })} />
    </Modal>
  )
}
