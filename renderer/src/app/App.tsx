import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
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
import { Layout } from './Layout'

const queryClient: QueryClient = new QueryClient({
  // Every change anywhere (even switching the language) adds to the audit log, so a shown log is read again.
  mutationCache: new MutationCache({ onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit'] }) }),
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
})

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
