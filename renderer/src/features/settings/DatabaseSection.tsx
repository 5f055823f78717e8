import { ErrorBanner } from '../../components/Alerts'
import { appErrorOf } from '../../app/api'
import { useT } from '../../i18n/useT'
import { useCountsSummary } from './format'
import { useAppInfo } from './queries'

/** Where the data lives and which versions wrote it: what support asks first. */
export function DatabaseSection() {
  const t = useT()
  const info = useAppInfo()
  const countsSummary = useCountsSummary()
  return (
    <section className="panel" aria-labelledby="settings-database-title">
      <h2 id="settings-database-title">{t('settings.database')}</h2>
      <ErrorBanner error={info.error ? appErrorOf(info.error) : null} />
      {info.data && (
        <dl className="facts">
          <dt>{t('settings.databaseFile')}</dt>
          <dd className="path">{info.data.databaseFile}</dd>
          <dt>{t('settings.schemaVersion')}</dt>
          <dd>{info.data.schemaVersion}</dd>
          <dt>{t('settings.appVersion')}</dt>
          <dd>{info.data.appVersion}</dd>
          <dt>{t('settings.contents')}</dt>
          <dd>{countsSummary(info.data.counts)}</dd>
        </dl>
      )}
    </section>
  )
}
