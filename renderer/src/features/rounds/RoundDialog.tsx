import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { roundFields } from '../../../../shared/api/rounds'
import type { Round } from '../../../../shared/domain/rounds'
import { ErrorBanner } from '../../components/Alerts'
import { SelectField, TextAreaField, TextField } from '../../components/Field'
import { fieldErrorText } from '../../components/formErrors'
import { FormFooter, useFormSave } from '../../components/formSave'
import { Modal } from '../../components/Modal'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { kindOptions, roundStatusOptions } from './labels'

type FormInput = z.input<typeof roundFields>
type FormOutput = z.output<typeof roundFields>

interface Props {
  existing?: Round
  onClose: () => void
  onSaved: (id: number) => void
}

/** Create or edit a round; the same zod schema as the IPC contract checks it before anything is sent. */
export function RoundDialog({ existing, onClose, onSaved }: Props) {
  const t = useT()
  const { register, handleSubmit, formState, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(roundFields),
    defaultValues: {
      name: existing?.name ?? '',
      kind: existing?.kind ?? 'call',
      startsOn: existing?.startsOn ?? '',
      endsOn: existing?.endsOn ?? '',
      status: existing?.status ?? 'draft',
      notes: existing?.notes ?? '',
    },
  })
  const error = (name: string) => fieldErrorText(formState.errors, name, t)
  const { save, isPending, serverError } = useFormSave({
    save: (round: FormOutput) => unwrap(existing ? api().rounds.update({ id: existing.id, round }) : api().rounds.create({ round })),
    onSaved: async (round) => {
      onSaved(round.id)
    },
    setError,
  })
  return (
    <Modal title={existing ? t('rounds.editTitle', { name: existing.name }) : t('rounds.new')} isOpen onClose={onClose}>
      <form onSubmit={handleSubmit((values) => save(values))} noValidate>
        <TextField label={t('rounds.field.name')} hint={t('rounds.field.nameHint')} autoFocus required error={error('name')} {...register('name')} />
        <div className="form-grid">
          <SelectField label={t('rounds.field.kind')} options={kindOptions(t)} {...register('kind')} />
          <SelectField label={t('rounds.field.status')} options={roundStatusOptions(t)} {...register('status')} />
          <TextField label={t('rounds.field.startsOn')} type="date" error={error('startsOn')} {...register('startsOn')} />
          <TextField label={t('rounds.field.endsOn')} type="date" error={error('endsOn')} {...register('endsOn')} />
        </div>
        <TextAreaField label={t('rounds.field.notes')} error={error('notes')} {...register('notes')} />
        <ErrorBanner error={serverError} />
        <FormFooter onCancel={onClose} pending={isPending} />
      </form>
    </Modal>
  )
}
