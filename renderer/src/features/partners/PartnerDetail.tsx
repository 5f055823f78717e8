import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { OrganisationStatus } from '../../../../shared/domain/enums'
import type { Organisation } from '../../../../shared/domain/partners'
import { ErrorBanner } from '../../components/Alerts'
import { Modal } from '../../components/Modal'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { ContactsPanel } from './ContactsPanel'
import { HistoryPanel } from './HistoryPanel'
import { OrganisationDialog } from './OrganisationDialog'
import { usePartnerDetail } from './queries'

function Facts({ organisation: o }: { organisation: Organisation }) {
  const t = useT()
  const address = [o.street, [o.postcode, o.city].filter(Boolean).join(' '), o.country !== 'SI' ? o.country : null].filter(Boolean).join(', ')
  const facts: Array<[string, string | null]> = [
    [t('partners.field.shortName'), o.shortName],
    [t('partners.field.sector'), t(`partners.sector.${o.sector}`)],
    [t('partners.field.taxNumber'), o.taxNumber ? `${o.taxNumber}${o.taxNumberForeign ? ` (${t('partners.field.taxNumberForeign').toLowerCase()})` : ''}` : null],
    [t('partners.field.registrationNumber'), o.registrationNumber],
    [t('partners.field.address'), address || null],
    [t('partners.field.website'), o.website],
    [t('partners.field.partnerSince'), o.partnerSince ? String(o.partnerSince) : null],
    [t('partners.field.status'), t(`partners.status.${o.status}`)],
    [t('partners.field.notes'), o.notes],
  ]
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value ?? t('shell.none')}</dd>
        </div>
      ))}
    </dl>
  )
}

export function PartnerDetail({ id, onOpen }: { id: number | null; onOpen: (id: number) => void }) {
  const t = useT()
  const navigate = useNavigate()
  const detail = usePartnerDetail(id)
  const [editing, setEditing] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const setStatus = useMutation({
    mutationFn: (status: OrganisationStatus) => unwrap(api().partners.setStatus({ id: id!, status })),
  })
  const remove = useMutation({
    mutationFn: () => unwrap(api().partners.remove({ id: id! })),
    onSuccess: () => {
      setConfirmDelete(false)
      navigate('/partners')
    },
  })

  if (id === null) return <aside className="panel muted">{t('partners.noneSelected')}</aside>
  if (detail.error) return <aside className="panel"><ErrorBanner error={appErrorOf(detail.error)} /></aside>
  if (!detail.data) return <aside className="panel muted">{t('shell.loading')}</aside>
  const { organisation, contacts, history, hasHistory } = detail.data
  const active = organisation.status === 'active'
  return (
    <aside className="panel" aria-labelledby="partner-detail-title">
      <h2 id="partner-detail-title">{organisation.name}</h2>
      <div className="button-row" style={{ marginBottom: '0.75rem' }}>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('shell.edit')}
        </button>
        <button type="button" className="button" disabled={setStatus.isPending} onClick={() => setStatus.mutate(active ? 'former' : 'active')}>
          {active ? t('partners.deactivate') : t('partners.reactivate')}
        </button>
        {!hasHistory && (
          <button type="button" className="button button--danger" onClick={() => setConfirmDelete(true)}>
            {t('partners.delete')}
          </button>
        )}
      </div>
      <ErrorBanner error={setStatus.error ? appErrorOf(setStatus.error) : null} />
      {hasHistory && <p className="muted">{t('partners.hasHistoryNote')}</p>}
      <Facts organisation={organisation} />
      <ContactsPanel organisationId={organisation.id} contacts={contacts} />
      <HistoryPanel history={history} />
      {editing && (
        <OrganisationDialog
          existing={organisation}
          onClose={() => setEditing(false)}
          onSaved={(savedId) => {
            setEditing(false)
            onOpen(savedId)
          }}
        />
      )}
      <Modal title={t('partners.delete')} role="alertdialog" isOpen={confirmDelete} onClose={() => setConfirmDelete(false)}>
        <p>{t('partners.deleteConfirm', { name: organisation.name })}</p>
        <ErrorBanner error={remove.error ? appErrorOf(remove.error) : null} />
        <footer>
          <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
            {t('shell.cancel')}
          </button>
          <button type="button" className="button button--danger" onClick={() => remove.mutate()}>
            {t('partners.delete')}
          </button>
        </footer>
      </Modal>
    </aside>
  )
}
