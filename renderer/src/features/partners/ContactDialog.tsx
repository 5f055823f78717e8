import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { contactFields } from '../../../../shared/api/partners'
import type { Contact } from '../../../../shared/domain/partners'
import { ErrorBanner } from '../../components/Alerts'
import { SelectField, TextField } from '../../components/Field'
import { fieldErrorText } from '../../components/formErrors'
import { FormFooter, useFormSave } from '../../components/formSave'
import { Modal } from '../../components/Modal'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { genderOptions, languageOptions, roleOptions } from './labels'

type FormInput = z.input<typeof contactFields>
type FormOutput = z.output<typeof contactFields>

export function ContactDialog({ organisationId, existing, onClose }: { organisationId: number; existing?: Contact; onClose: () => void }) {
  const t = useT()
  const { register, handleSubmit, formState, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(contactFields),
    defaultValues: {
      fullName: existing?.fullName ?? '',
      role: existing?.role ?? 'coordinator',
      jobTitle: existing?.jobTitle ?? '',
      email: existing?.email ?? '',
      phone: existing?.phone ?? '',
      language: existing?.language ?? 'sl',
      gender: existing?.gender ?? null,
    },
  })
  const error = (name: string) => fieldErrorText(formState.errors, name, t)
  const { save, isPending, serverError } = useFormSave({
    save: (contact: FormOutput) =>
      unwrap(existing ? api().partners.updateContact({ id: existing.id, contact }) : api().partners.addContact({ organisationId, contact })),
    onSaved: async () => {
      onClose()
    },
    setError,
  })
  return (
    <Modal title={existing ? t('partners.contacts.editTitle', { name: existing.fullName }) : t('partners.contacts.addTitle')} isOpen onClose={onClose}>
      <form onSubmit={handleSubmit((values) => save(values))} noValidate>
        <TextField label={t('partners.contact.fullName')} autoFocus required error={error('fullName')} {...register('fullName')} />
        <SelectField label={t('partners.contact.role')} options={roleOptions(t)} {...register('role')} />
        <TextField label={t('partners.contact.jobTitle')} error={error('jobTitle')} {...register('jobTitle')} />
        <TextField label={t('partners.contact.email')} type="email" error={error('email')} {...register('email')} />
        <TextField label={t('partners.contact.phone')} type="tel" error={error('phone')} {...register('phone')} />
        <SelectField label={t('partners.contact.language')} options={languageOptions(t)} {...register('language')} />
        <SelectField
          label={t('partners.contact.gender')}
          options={genderOptions(t)}
          {...register('gender', { setValueAs: (v: string | null) => (v === '' ? null : v) })}
        />
        <ErrorBanner error={serverError} />
        <FormFooter onCancel={onClose} pending={isPending} />
      </form>
    </Modal>
  )
}
