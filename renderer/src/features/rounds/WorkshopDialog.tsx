import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { workshopFields } from '../../../../shared/api/rounds'
import type { Workshop } from '../../../../shared/domain/rounds'
import { ErrorBanner } from '../../components/Alerts'
import { TextField } from '../../components/Field'
import { fieldErrorText } from '../../components/formErrors'
import { FormFooter, useFormSave } from '../../components/formSave'
import { Modal } from '../../components/Modal'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'

type FormInput = z.input<typeof workshopFields>
type FormOutput = z.output<typeof workshopFields>

/** An empty box means "no limit"; anything typed must be a whole number, which the contract checks. */
const capacityValue = (v: string | number | null | undefined) => (v === '' || v === null || v === undefined ? null : Number(v))

export function WorkshopDialog({ roundId, existing, onClose }: { roundId: number; existing?: Workshop; onClose: () => void }) {
  const t = useT()
  const { register, handleSubmit, formState, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(workshopFields),
    defaultValues: { title: existing?.title ?? '', heldOn: existing?.heldOn ?? '', capacity: existing?.capacity ?? null },
  })
  const error = (name: string) => fieldErrorText(formState.errors, name, t)
  const { save, isPending, serverError } = useFormSave({
    save: (workshop: FormOutput) =>
      unwrap(existing ? api().rounds.updateWorkshop({ id: existing.id, workshop }) : api().rounds.addWorkshop({ roundId, workshop })),
    onSaved: async () => {
      onClose()
    },
    setError,
  })
  return (
    <Modal title={existing ? t('rounds.workshops.editTitle', { title: existing.title }) : t('rounds.workshops.addTitle')} isOpen onClose={onClose}>
      <form onSubmit={handleSubmit((values) => save(values))} noValidate>
        <TextField label={t('rounds.workshop.title')} autoFocus required error={error('title')} {...register('title')} />
        <div className="form-grid">
          <TextField label={t('rounds.workshop.heldOn')} type="date" error={error('heldOn')} {...register('heldOn')} />
          <TextField
            label={t('rounds.workshop.capacity')}
            hint={t('rounds.workshop.capacityHint')}
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            error={error('capacity')}
            {...register('capacity', { setValueAs: capacityValue })}
          />
        </div>
        <ErrorBanner error={serverError} />
        <FormFooter onCancel={onClose} pending={isPending} />
      </form>
    </Modal>
  )
}
