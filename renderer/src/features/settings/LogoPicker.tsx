import { useMutation } from '@tanstack/react-query'
import { ErrorBanner } from '../../components/Alerts'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'

const LOGO_EXTENSIONS = ['png', 'jpg', 'jpeg', 'svg']

interface Props {
  value: string | null
  error?: string
  onChange: (dataUrl: string | null) => void
}

/** Picks the letterhead logo through the native dialog; main reads and checks the file, the form keeps the image. */
export function LogoPicker({ value, error, onChange }: Props) {
  const t = useT()
  const choose = useMutation({
    mutationFn: async () => {
      const { file } = await unwrap(api().dialog.openFile({ purpose: 'logo', extensions: LOGO_EXTENSIONS }))
      if (file === null) return null
      return (await unwrap(api().dialog.readImage({ file }))).dataUrl
    },
    onSuccess: (dataUrl) => dataUrl !== null && onChange(dataUrl),
  })
  return (
    <div className="field logo-picker" role="group" aria-labelledby="settings-logo-label" aria-describedby="settings-logo-hint">
      <span id="settings-logo-label" className="field__label">
        {t('settings.logo')}
      </span>
      <div className="logo-picker__body">
        <div className="logo-picker__preview">
          {value ? <img src={value} alt={t('settings.logoAlt')} /> : <span className="muted">{t('settings.logoNone')}</span>}
        </div>
        <div className="button-row">
          <button type="button" className="button" disabled={choose.isPending} onClick={() => choose.mutate()}>
            {t('settings.logoChoose')}
          </button>
          {value && (
            <button type="button" className="button button--danger" onClick={() => onChange(null)}>
              {t('settings.logoRemove')}
            </button>
          )}
        </div>
      </div>
      <p id="settings-logo-hint" className="field__hint">
        {t('settings.logoHint')}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <ErrorBanner error={choose.error ? appErrorOf(choose.error) : null} />
    </div>
  )
}
