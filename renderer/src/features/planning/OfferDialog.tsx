import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { offerBase } from '../../../../shared/api/planning'
import type { BoardOffer, PlanningBoard } from '../../../../shared/planning/board'
import { ErrorBanner } from '../../components/Alerts'
import { SelectField, TextField } from '../../components/Field'
import { fieldErrorText } from '../../components/formErrors'
import { FormFooter, useFormSave } from '../../components/formSave'
import { Modal } from '../../components/Modal'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { numberOrNull, useBoardChange } from './queries'

/** The form keeps languages as typed ("sl, en"); the contract gets a list. */
const formSchema = offerBase.omit({ languages: true }).extend({ languagesText: z.string() })
type FormInput = z.input<typeof formSchema>
type FormOutput = z.output<typeof formSchema>

export function OfferDialog({ board, existing, onClose }: { board: PlanningBoard; existing?: BoardOffer; onClose: () => void }) {
  const t = useT()
  const { register, handleSubmit, formState, setError, control } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      organisationId: existing?.organisationId ?? board.organisations[0]?.id ?? 0,
      places: existing?.places ?? 1,
      availableFrom: existing?.availableFrom ?? board.round.startsOn ?? '',
      availableTo: existing?.availableTo ?? board.round.endsOn ?? '',
      department: existing?.department ?? '',
      mentorContactId: existing?.mentorContactId ?? null,
      languagesText: existing?.languages.join(', ') ?? 'sl',
    },
  })
  const host = Number(useWatch({ control, name: 'organisationId' }))
  const error = (name: string) => fieldErrorText(formState.errors, name, t)
  const change = useBoardChange(board.round.id, ({ languagesText, ...offer }: FormOutput) =>
    unwrap(api().planning.saveOffer({ roundId: board.round.id, id: existing?.id ?? null, offer: { ...offer, languages: languagesText.split(/[,;\s]+/).filter((l: string) => l !== '') } })),
  )
  const { save, isPending, serverError } = useFormSave({ save: (v: FormOutput) => change.mutateAsync(v), onSaved: onClose, setError })
  return (
    <Modal title={existing ? t('planning.offer.editTitle', { host: existing.organisationName }) : t('planning.offer.addTitle')} isOpen onClose={onClose} wide>
      <form onSubmit={handleSubmit((v) => save(v))} noValidate>
        <SelectField
          label={t('planning.hosts.host')}
          options={board.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
          error={error('organisationId')}
          {...register('organisationId', { setValueAs: Number })}
        />
        <div className="form-grid">
          <TextField label={t('planning.hosts.places')} type="number" min={1} step={1} required error={error('places')} {...register('places', { setValueAs: numberOrNull })} />
          <TextField label={t('planning.hosts.department')} error={error('department')} {...register('department')} />
          <TextField label={t('planning.offer.from')} type="date" error={error('availableFrom')} {...register('availableFrom')} />
          <TextField label={t('planning.offer.to')} type="date" error={error('availableTo')} {...register('availableTo')} />
          <SelectField
            label={t('planning.hosts.mentor')}
            options={[{ value: '', label: t('shell.none') }, ...board.mentors.filter((m) => m.organisationId === host).map((m) => ({ value: String(m.id), label: m.fullName }))]}
            error={error('mentorContactId')}
            {...register('mentorContactId', { setValueAs: numberOrNull })}
          />
          <TextField label={t('planning.hosts.languages')} hint={t('planning.offer.languagesHint')} error={error('languages')} {...register('languagesText')} />
        </div>
        <ErrorBanner error={serverError} />
        <FormFooter onCancel={onClose} pending={isPending} />
      </form>
    </Modal>
  )
}
