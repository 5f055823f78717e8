import { Link } from 'react-router-dom'
import { useT } from '../../i18n/useT'

/** Settings is where the office's accountability lives; the audit log and personal data have their own screens. */
export function TrustLinksSection() {
  const t = useT()
  return (
    <section className="panel" aria-labelledby="settings-trust-title">
      <h2 id="settings-trust-title">{t('privacy.settingsSection')}</h2>
      <p className="muted">{t('privacy.settingsText')}</p>
      <ul className="trust-links">
        <li>
          <Link to="/settings/audit">{t('audit.title')}</Link>
        </li>
        <li>
          <Link to="/settings/privacy">{t('privacy.title')}</Link>
        </li>
      </ul>
    </section>
  )
}
