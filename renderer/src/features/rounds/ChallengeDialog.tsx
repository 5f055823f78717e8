import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { challengeFields } from '../../../../shared/api/rounds'
import type { Challenge } from '../../../../shared/domain/rounds'
import { ErrorBanner } from '../../components/Alerts'
import { TextAreaField, TextField } from '../../components/Field'
import { fieldErrorText } from '../../components/formErrors'
import { FormFooter, useFormSave } from '../../components/formSave'
import { Modal } from '../../components/Modal'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'

type FormInput = z.input<typeof challengeFields>
type FormOutput = z.output<typeof challengeFields>

export function ChallengeDialog({ roundId, existing, onClose }: { roundId: number; existing?: Challenge; onClose: () => void }) {
  const t = useT()
  const { register, handleSubmit, formState, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(challengeFields),
    defaultValues: { title: existing?.title ?? '', description: existing?.description ?? '' },
  })
  const error = (name: string) => fieldErrorText(formState.errors, name, t)
  const { save, isPending, serverError } = useFormSave({
    save: (challenge: FormOutput) =>
      unwrap(existing ? api().rounds.updateChallenge({ id: existing.id, challenge }) : api().rounds.addChallenge({ roundId, challenge })),
    onSaved: async () => {
      onClose()
    },
    setError,
  })
  return (
    <Modal title={existing ? t('rounds.challenges.editTitle', { title: existing.title }) : t('rounds.challenges.addTitle')} isOpen onClose={onClose}>
      <form onSubmit={handleSubmit((values) => save(values))} noValidate>
        <TextField label={t('rounds.challenge.title')} autoFocus required error={error('title')} {...register('title')} />
        <TextAreaField label={t('rounds.challenge.description')} error={error('description')} {...register('description')} />
        <ErrorBanner error={serverError} />
        <FormFooter onCancel={onClose} pending={isPending} />
      </form>
    </Modal>
  )
}
