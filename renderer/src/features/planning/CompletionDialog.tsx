import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { completionFields } from '../../../../shared/api/planning'
import type { BoardPlacement } from '../../../../shared/planning/board'
import { ErrorBanner } from '../../components/Alerts'
import { SelectField, TextAreaField, TextField } from '../../components/Field'
import { fieldErrorText } from '../../components/formErrors'
import { FormFooter, useFormSave } from '../../components/formSave'
import { Modal } from '../../components/Modal'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { numberOrNull, useBoardChange } from './queries'

type FormInput = z.input<typeof completionFields>
type FormOutput = z.output<typeof completionFields>

/** After the exchange: days actually spent and the short feedback of participant and host (for the statistics). */
export function CompletionDialog({ roundId, placement, name, onClose }: { roundId: number; placement: BoardPlacement; name: string; onClose: () => void }) {
  const t = useT()
  const { register, handleSubmit, formState, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(completionFields),
    defaultValues: {
      placementId: placement.id,
      daysActual: placement.daysActual,
      participantRating: placement.participantRating,
      participantFeedback: placement.participantFeedback ?? '',
      hostRating: placement.hostRating,
      hostFeedback: placement.hostFeedback ?? '',
    },
  })
  const error = (field: string) => fieldErrorText(formState.errors, field, t)
  const change = useBoardChange(roundId, (input: FormOutput) => unwrap(api().planning.complete(input)))
  const { save, isPending, serverError } = useFormSave({ save: (input: FormOutput) => change.mutateAsync(input), onSaved: onClose, setError })
  const ratings = [{ value: '', label: t('planning.complete.noRating') }, ...[1, 2, 3, 4, 5].map((r) => ({ value: String(r), label: String(r) }))]
  return (
    <Modal title={t('planning.complete.title', { name })} isOpen onClose={onClose} wide>
      <form onSubmit={handleSubmit((v) => save(v))} noValidate>
        <TextField label={t('planning.complete.days')} type="number" min={0} step={1} inputMode="numeric" error={error('daysActual')} {...register('daysActual', { setValueAs: numberOrNull })} />
        <div className="form-grid">
          <SelectField label={t('planning.complete.participantRating')} options={ratings} error={error('participantRating')} {...register('participantRating', { setValueAs: numberOrNull })} />
          <SelectField label={t('planning.complete.hostRating')} options={ratings} error={error('hostRating')} {...register('hostRating', { setValueAs: numberOrNull })} />
          <TextAreaField label={t('planning.complete.participantFeedback')} error={error('participantFeedback')} {...register('participantFeedback')} />
          <TextAreaField label={t('planning.complete.hostFeedback')} error={error('hostFeedback')} {...register('hostFeedback')} />
        </div>
        <ErrorBanner error={serverError} />
        <FormFooter onCancel={onClose} pending={isPending} />
      </form>
    </Modal>
  )
}
