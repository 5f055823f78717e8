import { useMutation } from '@tanstack/react-query'
import { useDeferredValue, useState } from 'react'
import { Link } from 'react-router-dom'
import { auditFilters, type AuditFiltersInput } from '../../../../shared/api/audit'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { PageHeader } from '../../components/PageHeader'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useLanguage } from '../../i18n/LanguageProvider'
import { useT } from '../../i18n/useT'
import { AuditFilters } from './AuditFilters'
import { AuditTable } from './AuditTable'
import { AUDIT_PAGE_SIZE, useAuditPage } from './queries'

/** The audit log: filter, page through newest first, export what the filters show. */
export function AuditPage() {
  const t = useT()
  const { language } = useLanguage()
  const [filters, setFilters] = useState<AuditFiltersInput>({})
  // The list and the export keep the last filters the contract accepts: an end before the start is shown under
  // its field while the entries (and the choices in the filters) stay as they were.
  const [applied, setApplied] = useState<AuditFiltersInput>({})
  const [offset, setOffset] = useState(0)
  const checked = auditFilters.safeParse(filters)
  const filterErrors: Record<string, string> = checked.success ? {} : Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), i.message]))
  // Typing in the text filter must not send a query per key press.
  const deferredFilters = useDeferredValue(applied)
  const page = useAuditPage(deferredFilters, offset)
  const data = page.data
  const queryError = page.error ? appErrorOf(page.error) : null

  const exportLog = useMutation({
    mutationFn: async () => {
      const { file } = await unwrap(api().dialog.saveFile({ purpose: 'audit', defaultName: `${t('audit.exportName')}.csv`, extensions: ['csv'] }))
      return file === null ? null : unwrap(api().audit.export({ filters: deferredFilters, file, language }))
    },
  })

  return (
    <>
      <Link to="/settings" className="back-link">
        {t('audit.back')}
      </Link>
      <PageHeader
        title={t('audit.title')}
        actions={
          <button type="button" className="button" disabled={exportLog.isPending || !data || data.total === 0} onClick={() => exportLog.mutate()}>
            {t('audit.export')}
          </button>
        }
      />
      <p className="muted">{t('audit.intro')}</p>
      <ErrorBanner error={exportLog.error ? appErrorOf(exportLog.error) : null} />
      {exportLog.data && <InfoBanner>{t('audit.exported', { entries: exportLog.data.entries, file: exportLog.data.file })}</InfoBanner>}
      <AuditFilters
        filters={filters}
        onChange={(next) => {
          setFilters(next)
          if (auditFilters.safeParse(next).success) {
            setApplied(next)
            setOffset(0)
          }
        }}
        choices={data}
        errors={filterErrors}
      />
      <ErrorBanner error={queryError} />
      {data && (
        <section className="panel panel--flush" aria-labelledby="audit-list-title">
          <h2 id="audit-list-title" className="visually-hidden">
            {t('audit.table')}
          </h2>
          {data.total === 0 ? <p className="audit-empty">{t('audit.empty')}</p> : <AuditTable rows={data.rows} />}
          <div className="pager">
            <p className="grid__count" role="status">
              {data.total > 0 && t('audit.range', { from: offset + 1, to: offset + data.rows.length, total: data.total })}
            </p>
            <div className="button-row">
              <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - AUDIT_PAGE_SIZE))}>
                {t('audit.newer')}
              </button>
              <button type="button" className="button" disabled={offset + AUDIT_PAGE_SIZE >= data.total} onClick={() => setOffset(offset + AUDIT_PAGE_SIZE)}>
                {t('audit.older')}
              </button>
            </div>
          </div>
        </section>
      )}
      {!data && !page.error && <p className="muted">{t('shell.loading')}</p>}
    </>
  )
}
