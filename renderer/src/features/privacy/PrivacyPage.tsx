import { Link } from 'react-router-dom'
import { ErrorBanner } from '../../components/Alerts'
import { PageHeader } from '../../components/PageHeader'
import { appErrorOf } from '../../app/api'
import { useT } from '../../i18n/useT'
import { useSettings } from '../settings/queries'
import { DueRoundsSection } from './DueRoundsSection'
import { PersonSection } from './PersonSection'
import { useRetention } from './queries'
import { RetentionSection } from './RetentionSection'

/** Personal data as a public body must handle it: retention, anonymisation proposals, access and erasure requests. */
export function PrivacyPage() {
  const t = useT()
  const retention = useRetention()
  const settings = useSettings()
  const error = retention.error ?? settings.error
  return (
    <>
      <Link to="/settings" className="back-link">
        {t('privacy.back')}
      </Link>
      <PageHeader title={t('privacy.title')} />
      <p className="muted">{t('privacy.intro')}</p>
      <ErrorBanner error={error ? appErrorOf(error) : null} />
      {retention.data && settings.data && (
        <div className="privacy-sections">
          <RetentionSection retention={retention.data} />
          <DueRoundsSection backupFolder={settings.data.backupFolder} />
          <PersonSection backupFolder={settings.data.backupFolder} />
        </div>
      )}
    </>
  )
}
