import { LANGUAGES } from '../../../../shared/domain/enums'
import { useLanguage } from '../../i18n/LanguageProvider'
import { useT } from '../../i18n/useT'

/** The same setting as the sidebar's buttons, offered where a user looks for it. */
export function LanguageSection() {
  const t = useT()
  const { language, setLanguage } = useLanguage()
  return (
    <section className="panel" aria-labelledby="settings-language-title">
      <h2 id="settings-language-title">{t('settings.language')}</h2>
      <fieldset className="radio-group" aria-describedby="settings-language-hint">
        <legend className="visually-hidden">{t('settings.language')}</legend>
        {LANGUAGES.map((lang) => (
          <label key={lang} className="chip" lang={lang}>
            <input type="radio" name="language" value={lang} checked={language === lang} onChange={() => setLanguage(lang)} />
            {t(`shell.languageName.${lang}`)}
          </label>
        ))}
      </fieldset>
      <p id="settings-language-hint" className="field__hint">
        {t('settings.languageHint')}
      </p>
    </section>
  )
}
