import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { z } from 'zod'
import { ministryFields } from '../../../../shared/api/settings'
import type { MinistryDetails } from '../../../../shared/domain/settings'
import type { AppError } from '../../../../shared/errors'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { TextField } from '../../components/Field'
import { applyFieldErrors, fieldErrorText } from '../../components/formErrors'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'
import { LogoPicker } from './LogoPicker'
import { settingsKeys } from './queries'

type FormInput = z.input<typeof ministryFields>
type FormOutput = z.output<typeof ministryFields>

/** The ministry's letterhead: name, address, signatory and logo, as placement letters will print them. */
export function MinistrySection({ ministry }: { ministry: MinistryDetails }) {
  const t = useT()
  const queryClient = useQueryClient()
  const [serverError, setServerError] = useState<AppError | null>(null)
  // `values` follows the stored details (after a restore, say) but keeps what the user is typing.
  const { register, handleSubmit, formState, setError, setValue, control } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ministryFields),
    values: ministry,
    resetOptions: { keepDirtyValues: true },
  })
  const logo = useWatch({ control, name: 'logoDataUrl' })
  const error = (name: string) => fieldErrorText(formState.errors, name, t)
  const save = useMutation({
    mutationFn: (values: FormOutput) => unwrap(api().settings.setMinistry({ ministry: values })),
    onMutate: () => setServerError(null),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.settings, settings),
    onError: (e) => {
      const appError = appErrorOf(e)
      if (!applyFieldErrors(appError, setError)) setServerError(appError)
    },
  })
  const saved = save.isSuccess && !formState.isDirty
  return (
    <section className="panel" aria-labelledby="settings-ministry-title">
      <h2 id="settings-ministry-title">{t('settings.ministry')}</h2>
      <p className="muted">{t('settings.ministryHint')}</p>
      <form onSubmit={handleSubmit((values) => save.mutate(values))} noValidate>
        <TextField label={t('settings.ministry.name')} error={error('name')} {...register('name')} />
        <TextField label={t('settings.ministry.nameEn')} error={error('nameEn')} {...register('nameEn')} />
        <TextField label={t('settings.ministry.street')} error={error('street')} {...register('street')} />
        <div className="form-grid form-grid--postcode">
          <TextField label={t('settings.ministry.postcode')} error={error('postcode')} {...register('postcode')} />
          <TextField label={t('settings.ministry.city')} error={error('city')} {...register('city')} />
        </div>
        <div className="form-grid">
          <TextField label={t('settings.ministry.signatoryName')} error={error('signatoryName')} {...register('signatoryName')} />
          <TextField label={t('settings.ministry.signatoryTitle')} error={error('signatoryTitle')} {...register('signatoryTitle')} />
        </div>
        <div className="form-grid">
          <TextField label={t('settings.ministry.place')} error={error('place')} {...register('place')} />
          <TextField
            label={t('settings.ministry.referencePattern')}
            // Values (even none) make react-intl read the ICU-quoted braces of these two messages properly.
            hint={t('settings.ministry.referencePatternHint', {})}
            error={formState.errors.referencePattern ? t('field.referencePattern', {}) : undefined}
            {...register('referencePattern')}
          />
        </div>
        <TextField label={t('settings.ministry.footer')} error={error('footer')} {...register('footer')} />
        <LogoPicker
          value={logo ?? null}
          error={error('logoDataUrl')}
          onChange={(dataUrl) => setValue('logoDataUrl', dataUrl, { shouldDirty: true, shouldValidate: true })}
        />
        <ErrorBanner error={serverError} />
        {saved && <InfoBanner>{t('settings.ministrySaved')}</InfoBanner>}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('settings.ministrySave')}
          </button>
        </div>
      </form>
    </section>
  )
}
