import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { challengeFields } from '../../../../shared/api/rounds'
import type { Challenge } from '../../../../shared/domain/rounds'
import type { AppError } from '../../../../shared/errors'
import { ErrorBanner } from '../../components/Alerts'
import { TextAreaField, TextField } from '../../components/Field'
import { applyFieldErrors, fieldErrorText } from '../../components/formErrors'
import { Modal } from '../../components/Modal'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { roundKeys } from './queries'

type FormInput = z.input<typeof challengeFields>
type FormOutput = z.output<typeof challengeFields>

export function ChallengeDialog({ roundId, existing, onClose }: { roundId: number; existing?: Challenge; onClose: () => void }) {
  const t = useT()
  const queryClient = useQueryClient()
  const [serverError, setServerError] = useState<AppError | null>(null)
  const { register, handleSubmit, formState, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(challengeFields),
    defaultValues: { title: existing?.title ?? '', description: existing?.description ?? '' },
  })
  const error = (name: string) => fieldErrorText(formState.errors, name, t)
  const save = useMutation({
    mutationFn: (challenge: FormOutput) =>
      unwrap(existing ? api().rounds.updateChallenge({ id: existing.id, challenge }) : api().rounds.addChallenge({ roundId, challenge })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: roundKeys.detail(roundId) })
      onClose()
    },
    onError: (e) => {
      const appError = appErrorOf(e)
      if (!applyFieldErrors(appError, setError)) setServerError(appError)
    },
  })
  return (
    <Modal title={existing ? t('rounds.challenges.editTitle', { title: existing.title }) : t('rounds.challenges.addTitle')} isOpen onClose={onClose}>
      <form onSubmit={handleSubmit((values) => save.mutate(values))} noValidate>
        <TextField label={t('rounds.challenge.title')} autoFocus required error={error('title')} {...register('title')} />
        <TextAreaField label={t('rounds.challenge.description')} error={error('description')} {...register('description')} />
        <ErrorBanner error={serverError} />
        <footer>
          <button type="button" className="button" onClick={onClose}>
            {t('shell.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('shell.save')}
          </button>
        </footer>
      </form>
    </Modal>
  )
}
