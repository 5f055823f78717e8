import { PageHeader } from '../../components/PageHeader'
import { useT } from '../../i18n/useT'

/** A job that a later release fills; says so plainly instead of showing fake data. */
export function NotYetAvailable({ area }: { area: string }) {
  const t = useT()
  return (
    <>
      <PageHeader title={t(`shell.nav.${area}`)} />
      <p className="not-yet">{t('shell.notYetAvailable')}</p>
    </>
  )
}
