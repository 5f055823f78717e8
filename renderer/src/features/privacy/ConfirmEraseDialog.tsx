import { useMutation, useQuery } from '@tanstack/react-query'
import type { ErasureResult } from '../../../../shared/domain/privacy'
import { ErrorBanner } from '../../components/Alerts'
import { Modal } from '../../components/Modal'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { privacyKeys } from './queries'

interface Props {
  personId: number
  name: string
  backupFolder: string
  onClose: () => void
  onErased: (result: ErasureResult) => void
}

/**
 * The preview is the erasure itself, rolled back (see the service), so the counts shown are exactly what will
 * be removed. Nothing changes until the user presses the red button.
 */
export function ConfirmEraseDialog({ personId, name, backupFolder, onClose, onErased }: Props) {
  const t = useT()
  const preview = useQuery({ queryKey: privacyKeys.erasePreview(personId), queryFn: () => unwrap(api().privacy.previewErase({ personId })), gcTime: 0 })
  const erase = useMutation({
    mutationFn: () => unwrap(api().privacy.erase({ personId })),
    onSuccess: onErased,
  })
  const plan = preview.data
  const rows: Array<[string, number | string, string]> = plan
    ? [
        ['privacy.erase.records', plan.personIds.length, 'privacy.erase.recordsEffect'],
        ['privacy.erase.nominations', plan.nominations, 'privacy.erase.nominationsEffect'],
        ['privacy.erase.withdrawnNominations', plan.withdrawnNominations, 'privacy.erase.withdrawnNominationsEffect'],
        ['privacy.erase.placements', plan.placements, 'privacy.erase.placementsEffect'],
        ['privacy.erase.withdrawnPlacements', plan.withdrawnPlacements, 'privacy.erase.withdrawnPlacementsEffect'],
        ['privacy.erase.teams', plan.teamMemberships, 'privacy.erase.withoutPerson'],
        ['privacy.erase.workshops', plan.workshopAttendance, 'privacy.erase.withoutPerson'],
        ['privacy.erase.letters', plan.letters, 'privacy.erase.lettersEffect'],
        ['privacy.erase.contacts', plan.contacts.length, 'privacy.erase.contactsEffect'],
        ['privacy.erase.audit', plan.auditEntries, 'privacy.erase.auditEffect'],
      ]
    : []
  return (
    <Modal title={t('privacy.eraseTitle', { name })} role="alertdialog" isOpen onClose={onClose} wide>
      {!plan && !preview.error && <p className="muted">{t('shell.loading')}</p>}
      {plan && (
        <>
          <p>{t('privacy.eraseIntro', { emails: plan.emails.join(', ') || t('shell.none'), organisations: plan.organisations.join(', ') })}</p>
          <table className="simple-table erase-table">
            <caption className="visually-hidden">{t('privacy.eraseTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.erase.what')}</th>
                <th scope="col" className="numeric">
                  {t('privacy.erase.count')}
                </th>
                <th scope="col">{t('privacy.erase.effect')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([what, count, effect]) => (
                <tr key={what}>
                  <th scope="row">{t(what)}</th>
                  <td>{count}</td>
                  <td>
                    {t(effect)}
                    {what === 'privacy.erase.contacts' && plan.contacts.length > 0 && <span className="muted"> ({plan.contacts.join('; ')})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t('privacy.backupFirst', { folder: backupFolder })}</p>
          <p>{t('privacy.eraseHash')}</p>
          <p className="muted">{t('privacy.eraseBackups', { folder: backupFolder })}</p>
        </>
      )}
      <ErrorBanner error={preview.error ? appErrorOf(preview.error) : erase.error ? appErrorOf(erase.error) : null} />
      <footer>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('shell.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={!plan || erase.isPending || erase.isError} onClick={() => erase.mutate()}>
          {t('privacy.eraseConfirm')}
        </button>
      </footer>
    </Modal>
  )
}
