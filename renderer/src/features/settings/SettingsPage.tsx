import { ErrorBanner } from '../../components/Alerts'
import { PageHeader } from '../../components/PageHeader'
import { appErrorOf } from '../../app/api'
import { useT } from '../../i18n/useT'
import { TrustLinksSection } from '../privacy/TrustLinksSection'
import { BackupsSection } from './BackupsSection'
import { DatabaseSection } from './DatabaseSection'
import { LanguageSection } from './LanguageSection'
import { MinistrySection } from './MinistrySection'
import { useSettings } from './queries'

export function SettingsPage() {
  const t = useT()
  const settings = useSettings()
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <ErrorBanner error={settings.error ? appErrorOf(settings.error) : null} />
      {settings.data && (
        <div className="settings-columns">
          <div className="settings-column">
            <LanguageSection />
            <MinistrySection ministry={settings.data.ministry} />
          </div>
          <div className="settings-column">
            <DatabaseSection />
            <BackupsSection settings={settings.data} />
            <TrustLinksSection />
          </div>
        </div>
      )}
    </>
  )
}
