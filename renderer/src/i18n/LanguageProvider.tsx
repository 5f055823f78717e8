import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { settingsKeys } from '../features/settings/queries'
import { createContext, useContext, useEffect, type ReactNode } from 'react'
import { IntlProvider } from 'react-intl'
import type { Language } from '../../../shared/domain/enums'
import type { Settings } from '../../../shared/domain/settings'
import { catalogues } from '../../../shared/i18n/catalogue'
import { LOCALES } from '../../../shared/i18n/format'
import { api, unwrap } from '../app/api'

interface LanguageState {
  language: Language
  setLanguage: (language: Language) => void
}

const LanguageContext = createContext<LanguageState>({ language: 'sl', setLanguage: () => undefined })

export function useLanguage(): LanguageState {
  return useContext(LanguageContext)
}

/** The language is a setting in the database, so it follows the file and survives restarts. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const settings = useQuery({ queryKey: settingsKeys.settings, queryFn: () => unwrap(api().settings.get({})) })
  const mutation = useMutation({
    mutationFn: ({ language }: { language: Language; previous: Settings | undefined }) => unwrap(api().settings.setLanguage({ language })),
    onError: (_error, { previous }) => queryClient.setQueryData(settingsKeys.settings, previous),
    onSuccess: (value) => queryClient.setQueryData(settingsKeys.settings, value),
  })
  // Switch at once, within the click (a radio button shows the choice before the database has answered);
  // the stored settings (also replaced by a restore) stay the source of truth, and a failed save goes back.
  const setLanguage = (language: Language) => {
    const previous = queryClient.getQueryData<Settings>(settingsKeys.settings)
    if (previous) queryClient.setQueryData(settingsKeys.settings, { ...previous, language })
    mutation.mutate({ language, previous })
  }
  const language = settings.data?.language ?? 'sl'
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      <IntlProvider locale={LOCALES[language]} messages={catalogues[language]} defaultLocale="sl-SI">
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  )
}
