import { useState } from 'react'
import type { AnonymisationPlan } from '../../../../shared/domain/privacy'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { appErrorOf } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { ConfirmAnonymiseDialog } from './ConfirmAnonymiseDialog'
import { useFocusAfterDialog } from './useFocusAfterDialog'
import { useDueRounds } from './queries'
import { TableHead } from '../../components/TableHead'

type Outcome = { round: string; people: number; backup: string } | null

/** The proposals: closed rounds whose people have passed their retention period, each anonymised after a confirmation. */
export function DueRoundsSection({ backupFolder }: { backupFolder: string }) {
  const t = useT()
  const formatDate = useFormatDate()
  const due = useDueRounds()
  const [confirming, setConfirming] = useState<AnonymisationPlan | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  // The round's row goes away once it is done, so focus moves to the heading the outcome sits under.
  const { target: heading, focusAfterClose } = useFocusAfterDialog<HTMLHeadingElement>()
  return (
    <section className="panel" aria-labelledby="privacy-due-title">
      <h2 id="privacy-due-title" ref={heading} tabIndex={-1}>{t('privacy.due')}</h2>
      <p className="muted">{t('privacy.dueHint')}</p>
      {outcome && <InfoBanner>{t('privacy.anonymised', outcome)}</InfoBanner>}
      <ErrorBanner error={due.error ? appErrorOf(due.error) : null} />
      {due.data && due.data.length === 0 && <p>{t('privacy.dueEmpty')}</p>}
      {due.data && due.data.length > 0 && (
        <table className="simple-table">
          <caption className="visually-hidden">{t('privacy.dueTable')}</caption>
          <TableHead
            columns={[t('privacy.column.round'), t('privacy.column.endsOn'), { label: t('privacy.column.people'), numeric: true }, { label: t('privacy.column.kept'), numeric: true }]}
            actions={t('privacy.column.actions')}
          />
          <tbody>
            {due.data.map((plan) => (
              <tr key={plan.roundId}>
                <th scope="row">{plan.roundName}</th>
                <td>{formatDate(plan.roundEndsOn) || t('shell.none')}</td>
                <td className="numeric">{plan.people}</td>
                <td className="numeric">{plan.keptActive + plan.keptRetention}</td>
                <td className="actions-cell">
                  <button
                    type="button"
                    className="link-button nowrap"
                    aria-label={t('privacy.anonymiseNamed', { round: plan.roundName })}
                    onClick={() => {
                      setOutcome(null)
                      setConfirming(plan)
                    }}
                  >
                    {t('privacy.anonymise')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmAnonymiseDialog
          plan={confirming}
          backupFolder={backupFolder}
          onClose={() => setConfirming(null)}
          onDone={(result) => {
            setConfirming(null)
            setOutcome({ round: result.roundName, people: result.people, backup: result.backup ?? '' })
            focusAfterClose()
          }}
        />
      )}
    </section>
  )
}
