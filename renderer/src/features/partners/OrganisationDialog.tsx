import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { organisationFields } from '../../../../shared/api/partners'
import type { DuplicateCandidate, Organisation } from '../../../../shared/domain/partners'
import { ErrorBanner } from '../../components/Alerts'
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field'
import { fieldErrorText } from '../../components/formErrors'
import { FormFooter, useFormSave } from '../../components/formSave'
import { Modal } from '../../components/Modal'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { sectorOptions, statusOptions } from './labels'

type FormInput = z.input<typeof organisationFields>
type FormOutput = z.output<typeof organisationFields>

interface Props {
  existing?: Organisation
  onClose: () => void
  onSaved: (id: number) => void
  onOpenExisting?: (id: number) => void
}

function defaults(existing?: Organisation): FormInput {
  return {
    name: existing?.name ?? '',
    shortName: existing?.shortName ?? '',
    sector: existing?.sector ?? ('' as FormInput['sector']),
    taxNumber: existing?.taxNumber ?? '',
    taxNumberForeign: existing?.taxNumberForeign ?? false,
    registrationNumber: existing?.registrationNumber ?? '',
    street: existing?.street ?? '',
    postcode: existing?.postcode ?? '',
    city: existing?.city ?? '',
    country: existing?.country ?? 'SI',
    website: existing?.website ?? '',
    partnerSince: existing?.partnerSince ?? null,
    status: existing?.status ?? 'active',
    notes: existing?.notes ?? '',
  }
}

/** Create or edit an organisation; a probable duplicate is shown before anything is written. */
export function OrganisationDialog({ existing, onClose, onSaved, onOpenExisting }: Props) {
  const t = useT()
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([])
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(organisationFields), defaultValues: defaults(existing) })
  const { register, handleSubmit, formState, setError } = form
  const error = (name: string) => fieldErrorText(formState.errors, name, t)

  const { save, isPending, serverError } = useFormSave({
    save: async ({ values, confirm }: { values: FormOutput; confirm: boolean }) => {
      if (existing) return { id: (await unwrap(api().partners.update({ id: existing.id, organisation: values }))).id, duplicates: [] }
      const result = await unwrap(api().partners.create({ organisation: values, confirmNotDuplicate: confirm }))
      return result.status === 'created' ? { id: result.organisation.id, duplicates: [] } : { id: null, duplicates: result.candidates }
    },
    onSaved: async ({ id, duplicates }: { id: number | null; duplicates: DuplicateCandidate[] }) => {
      if (id === null) return setCandidates(duplicates)
      onSaved(id)
    },
    setError,
  })
  const submit = (confirm: boolean) => handleSubmit((values) => save({ values, confirm }))

  return (
    <Modal title={existing ? t('partners.editTitle', { name: existing.name }) : t('partners.new')} isOpen onClose={onClose} wide>
      <form onSubmit={submit(false)} noValidate>
        <div className="form-grid">
          <div className="span-2">
            <TextField label={t('partners.field.name')} autoFocus required error={error('name')} {...register('name')} />
          </div>
          <TextField label={t('partners.field.shortName')} error={error('shortName')} {...register('shortName')} />
          <SelectField
            label={t('partners.field.sector')}
            required
            error={error('sector')}
            options={[{ value: '', label: t('partners.chooseSector') }, ...sectorOptions(t)]}
            {...register('sector')}
          />
          <div>
            <TextField label={t('partners.field.taxNumber')} inputMode="numeric" error={error('taxNumber')} {...register('taxNumber')} />
            <CheckboxField label={t('partners.field.taxNumberForeign')} {...register('taxNumberForeign')} />
          </div>
          <TextField label={t('partners.field.registrationNumber')} inputMode="numeric" error={error('registrationNumber')} {...register('registrationNumber')} />
          <div className="span-2">
            <TextField label={t('partners.field.street')} error={error('street')} {...register('street')} />
          </div>
          <TextField label={t('partners.field.postcode')} error={error('postcode')} {...register('postcode')} />
          <TextField label={t('partners.field.city')} error={error('city')} {...register('city')} />
          <TextField label={t('partners.field.country')} maxLength={2} error={error('country')} {...register('country')} />
          <TextField label={t('partners.field.website')} type="url" error={error('website')} {...register('website')} />
          <TextField
            label={t('partners.field.partnerSince')}
            type="number"
            error={error('partnerSince')}
            {...register('partnerSince', { setValueAs: (v: string | number | null) => (v === '' || v === null ? null : Number(v)) })}
          />
          <SelectField label={t('partners.field.status')} options={statusOptions(t)} {...register('status')} />
          <div className="span-2">
            <TextAreaField label={t('partners.field.notes')} error={error('notes')} {...register('notes')} />
          </div>
        </div>
        <ErrorBanner error={serverError} />
        {candidates.length > 0 && (
          <div className="banner banner--error" role="alert">
            <strong>{t('partners.duplicates.title')}</strong>
            <ul>
              {candidates.map((c) => (
                <li key={c.id}>
                  {c.name} ({t(`partners.duplicates.reason.${c.reason}`)}){' '}
                  {onOpenExisting && (
                    <button type="button" className="link-button" onClick={() => onOpenExisting(c.id)}>
                      {t('partners.duplicates.open', { name: c.name })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {candidates.every((c) => c.reason === 'name') && (
              <button type="button" className="button" onClick={submit(true)}>
                {t('partners.duplicates.createAnyway')}
              </button>
            )}
          </div>
        )}
        <FormFooter onCancel={onClose} pending={isPending} />
      </form>
    </Modal>
  )
}
