import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { EXCHANGE_KINDS, roundRulesSchema, type RoundRules } from '../../../../shared/planning/rules'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { CheckboxField, TextField } from '../../components/Field'
import { fieldErrorText } from '../../components/formErrors'
import { useFormSave } from '../../components/formSave'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { numberOrNull, useBoardChange } from './queries'

type FormInput = z.input<typeof roundRulesSchema>
type FormOutput = z.output<typeof roundRulesSchema>

/** The round's planning rules; conflicts of interest are kept with the partners. */
export function RulesTab({ roundId, rules }: { roundId: number; rules: RoundRules }) {
  const t = useT()
  const { register, handleSubmit, formState, setError } = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(roundRulesSchema), defaultValues: rules })
  const error = (name: string) => fieldErrorText(formState.errors, name, t)
  const change = useBoardChange(roundId, (input: FormOutput) => unwrap(api().planning.setRules({ roundId, rules: input })))
  const { save, isPending, serverError } = useFormSave({ save: (v: FormOutput) => change.mutateAsync(v), onSaved: () => undefined, setError })
  return (
    <form className="panel planning-rules" aria-label={t('planning.tab.rules')} onSubmit={handleSubmit((v) => save(v))} noValidate>
      <fieldset className="filters">
        <legend>{t('planning.rules.kinds')}</legend>
        {EXCHANGE_KINDS.map((k) => (
          <CheckboxField key={k} label={t(`planning.kind.${k}`)} value={k} {...register('sectorKinds')} />
        ))}
      </fieldset>
      {error('sectorKinds') && <p className="field__error">{t('planning.rules.kindsRequired')}</p>}
      <p className="muted">{t('planning.rules.fixed')}</p>
      <div className="form-grid">
        <TextField label={t('planning.rules.duration')} type="number" min={1} max={366} error={error('defaultDurationDays')} {...register('defaultDurationDays', { setValueAs: numberOrNull })} />
        <TextField label={t('planning.rules.teamSize')} type="number" min={2} max={50} error={error('teamSize')} {...register('teamSize', { setValueAs: numberOrNull })} />
        <TextField
          label={t('planning.rules.notice')}
          type="number"
          min={0}
          max={60}
          hint={t('planning.rules.noticeHint')}
          error={error('noticeWorkingDays')}
          {...register('noticeWorkingDays', { setValueAs: numberOrNull })}
        />
      </div>
      <CheckboxField label={t('planning.rules.reciprocity')} {...register('reciprocity')} />
      <ErrorBanner error={serverError} />
      {change.isSuccess && <InfoBanner>{t('planning.rules.saved')}</InfoBanner>}
      <button type="submit" className="button button--primary" disabled={isPending}>
        {t('shell.save')}
      </button>
    </form>
  )
}
