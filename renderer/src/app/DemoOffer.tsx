import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ErrorBanner } from '../components/Alerts'
import { settingsKeys } from '../features/settings/queries'
import { useT } from '../i18n/useT'
import { api, appErrorOf, unwrap } from './api'

/** First run: an empty database offers the demo data set, once. */
export function DemoOffer() {
  const t = useT()
  const queryClient = useQueryClient()
  const load = useMutation({
    mutationFn: () => unwrap(api().settings.loadDemo({})),
  })
  const decline = useMutation({
    mutationFn: () => unwrap(api().settings.declineDemo({})),
    onSuccess: (info) => queryClient.setQueryData(settingsKeys.info, info),
  })
  return (
    <section className="demo-offer" aria-labelledby="demo-offer-title">
      <h2 id="demo-offer-title">{t('shell.demo.title')}</h2>
      <p>{t('shell.demo.text')}</p>
      <ErrorBanner error={load.error ? appErrorOf(load.error) : null} />
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={load.isPending} onClick={() => load.mutate()}>
          {t('shell.demo.load')}
        </button>
        <button type="button" className="button" disabled={decline.isPending} onClick={() => decline.mutate()}>
          {t('shell.demo.decline')}
        </button>
      </div>
    </section>
  )
}
