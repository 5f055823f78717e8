import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { retentionFields } from '../../../../shared/api/privacy'
import type { RetentionSettings } from '../../../../shared/domain/privacy'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { TextField } from '../../components/Field'
import { fieldErrorText } from '../../components/formErrors'
import { useFormSave } from '../../components/formSave'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { privacyKeys } from './queries'

type FormInput = z.input<typeof retentionFields>
type FormOutput = z.output<typeof retentionFields>

/** Each purpose its own period: participants are needed longer (letters, follow-up) than people only nominated. */
const PURPOSES = ['participants', 'nominees'] as const

const months = (v: string | number) => (v === '' ? Number.NaN : Number(v))

/** One period per purpose; the hint under each field says what the data is kept for. */
export function RetentionSection({ retention }: { retention: RetentionSettings }) {
  const t = useT()
  const queryClient = useQueryClient()
  const { register, handleSubmit, formState, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(retentionFields),
    values: retention,
    resetOptions: { keepDirtyValues: true },
  })
  const error = (name: string) => fieldErrorText(formState.errors, name, t)
  const { save, isPending, isSaved, serverError } = useFormSave({
    save: (values: FormOutput) => unwrap(api().privacy.setRetention({ retention: values })),
    onSaved: (saved) => queryClient.setQueryData(privacyKeys.retention, saved),
    setError,
  })
  const saved = isSaved && !formState.isDirty
  return (
    <section className="panel" aria-labelledby="privacy-retention-title">
      <h2 id="privacy-retention-title">{t('privacy.retention')}</h2>
      <p className="muted">{t('privacy.retentionHint')}</p>
      <form onSubmit={handleSubmit((values) => save(values))} noValidate>
        <div className="retention-form">
          {PURPOSES.map((purpose) => (
            <TextField
              key={purpose}
              label={t(`privacy.retention.${purpose}`)}
              hint={t(`privacy.retention.${purpose}Purpose`)}
              type="number"
              min={1}
              max={240}
              inputMode="numeric"
              error={error(purpose)}
              {...register(purpose, { setValueAs: months })}
            />
          ))}
        </div>
        <ErrorBanner error={serverError} />
        {saved && <InfoBanner>{t('privacy.retentionSaved')}</InfoBanner>}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={isPending}>
            {t('privacy.retentionSave')}
          </button>
        </div>
      </form>
    </section>
  )
}
