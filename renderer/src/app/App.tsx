import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom'
import { AuditPage } from '../features/audit/AuditPage'
import { LettersPage } from '../features/letters/LettersPage'
import { NominationsPage } from '../features/nominations/NominationsPage'
import { PartnersPage } from '../features/partners/PartnersPage'
import { PlanningPage } from '../features/planning/PlanningPage'
import { PrivacyPage } from '../features/privacy/PrivacyPage'
import { RoundsPage } from '../features/rounds/RoundsPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { StatisticsPage } from '../features/statistics/StatisticsPage'
import { LanguageProvider } from '../i18n/LanguageProvider'
import { setChangeListener } from './api'
import { refreshChanged } from './freshness'
import { Layout } from './Layout'

/**
 * Freshness by what changed, not by screen: every call that changes data names the kinds it changes (the contract),
 * and every query reads the kinds of its call, so after a change each view of that data is read again (see
 * freshness.ts). Nothing is kept fresh by a timer: data is stale at once, so a screen opened later reads it again.
 */
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 } } })
setChangeListener((kinds) => refreshChanged(queryClient, kinds))

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <HashRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Navigate to="/partners" replace />} />
              <Route path="/partners/*" element={<PartnersPage />} />
              <Route path="/nominations" element={<NominationsPage />} />
              <Route path="/rounds/*" element={<RoundsPage />} />
              <Route path="/planning/*" element={<PlanningPage />} />
              <Route path="/letters" element={<LettersPage />} />
              <Route path="/statistics" element={<StatisticsPage />} />
              <Route path="/settings" element={<SettingsPage />} />
              <Route path="/settings/audit" element={<AuditPage />} />
              <Route path="/settings/privacy" element={<PrivacyPage />} />
            </Route>
          </Routes>
        </HashRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
}
