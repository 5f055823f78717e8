import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { Contact } from '../../../../shared/domain/partners'
import { ErrorBanner } from '../../components/Alerts'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { ContactDialog } from './ContactDialog'

export function ContactsPanel({ organisationId, contacts }: { organisationId: number; contacts: Contact[] }) {
  const t = useT()
  const [editing, setEditing] = useState<Contact | 'new' | null>(null)
  const setActive = useMutation({
    mutationFn: ({ id, active }: { id: number; active: boolean }) => unwrap(api().partners.setContactActive({ id, active })),
  })
  return (
    <section aria-labelledby="partner-contacts-title">
      <h2 id="partner-contacts-title">{t('partners.contacts')}</h2>
      <ErrorBanner error={setActive.error ? appErrorOf(setActive.error) : null} />
      {contacts.length === 0 ? (
        <p className="muted">{t('partners.contacts.empty')}</p>
      ) : (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">{t('partners.contact.fullName')}</th>
              <th scope="col">{t('partners.contact.email')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('shell.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id} className={c.active ? undefined : 'muted'}>
                <td>
                  {c.fullName}
                  {!c.active && ` (${t('partners.contacts.inactive')})`}
                  <br />
                  <span className="muted">{t(`partners.role.${c.role}`)}</span>
                </td>
                <td>{c.email ?? ''}</td>
                <td className="contact-actions">
                  <button type="button" className="link-button" onClick={() => setEditing(c)} aria-label={t('partners.contacts.editTitle', { name: c.fullName })}>
                    {t('shell.edit')}
                  </button>
                  <button type="button" className="link-button" onClick={() => setActive.mutate({ id: c.id, active: !c.active })}>
                    {c.active ? t('partners.contacts.deactivate') : t('partners.contacts.activate')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button" style={{ marginTop: '0.5rem' }} onClick={() => setEditing('new')}>
        {t('partners.contacts.add')}
      </button>
      {editing && (
        <ContactDialog organisationId={organisationId} existing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </section>
  )
}
