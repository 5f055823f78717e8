import { useQuery } from '@tanstack/react-query'
import { NavLink, Outlet } from 'react-router-dom'
import { LANGUAGES } from '../../../shared/domain/enums'
import { useLanguage } from '../i18n/LanguageProvider'
import { settingsKeys } from '../features/settings/queries'
import { useT } from '../i18n/useT'
import { api, unwrap } from './api'
import { DemoOffer } from './DemoOffer'

const NAV = ['partners', 'nominations', 'rounds', 'planning', 'letters', 'statistics', 'settings'] as const

export function Layout() {
  const t = useT()
  const { language, setLanguage } = useLanguage()
  const info = useQuery({ queryKey: settingsKeys.info, queryFn: () => unwrap(api().settings.info({})) })
  return (
    <div className="shell" data-app-state={info.isSuccess ? 'ready' : 'loading'}>
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <aside className="sidebar">
        <p className="sidebar__brand">Exchange Desk</p>
        <nav aria-label={t('shell.navigation')}>
          <ul>
            {NAV.map((area) => (
              <li key={area}>
                <NavLink to={`/${area}`}>{t(`shell.nav.${area}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar__language" role="group" aria-label={t('shell.language')}>
          {LANGUAGES.map((lang) => (
            <button
              key={lang}
              type="button"
              className="language-button"
              aria-pressed={language === lang}
              lang={lang}
              onClick={() => setLanguage(lang)}
            >
              {t(`shell.languageName.${lang}`)}
            </button>
          ))}
        </div>
      </aside>
      <main id="main" tabIndex={-1} className="content">
        {info.data?.offerDemo && <DemoOffer />}
        <Outlet />
      </main>
    </div>
  )
}
