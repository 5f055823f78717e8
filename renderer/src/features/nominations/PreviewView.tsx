import { useRef, useState } from 'react'
import type { PreviewSession } from '../../../../shared/api/imports'
import type { ImportPreview } from '../../../../shared/import/types'
import { api, appErrorOf, unwrap } from '../../app/api'
import { ErrorBanner } from '../../components/Alerts'
import { useT } from '../../i18n/useT'
import { MappingEditor } from './MappingEditor'
import { PreviewTable, type PreviewTableHandle } from './PreviewTable'
import { ProblemList } from './ProblemList'
import { UnknownOrganisations, type OrganisationChoices } from './UnknownOrganisations'
import { UpdateList } from './UpdateList'
import { usePreviewChange } from './queries'

interface Props {
  current: PreviewSession
  importing: boolean
  onPreview: (session: PreviewSession) => void
  onImport: () => void
  onCancel: () => void
}

/** The import's warnings about people left without consent: shown beside the Import button, not only in the list. */
const CONSENT_NOTICES = ['no_consent_column', 'consent_not_given']

/** The columns the user has set so far: they are kept when another column changes; the rest stay suggestions. */
function userMapping(preview: ImportPreview): Record<string, string | null> {
  return Object.fromEntries(preview.mapping.filter((c) => c.source === 'user').map((c) => [c.column, c.field]))
}

/** The checked file: counts, sheet and header row, the mapping, the problems and every row, then Import. */
export function PreviewView({ current, importing, onPreview, onImport, onCancel }: Props) {
  const t = useT()
  const { session, preview } = current
  const table = useRef<PreviewTableHandle>(null)
  const change = usePreviewChange(onPreview)
  const [headerRow, setHeaderRow] = useState(String(preview.headerRow))
  const [organisations, setOrganisations] = useState<OrganisationChoices>({})
  const busy = change.isPending || importing
  const reread = (choices: Parameters<ReturnType<typeof api>['imports']['reread']>[0]) => change.mutate(() => unwrap(api().imports.reread(choices)))
  const skip = (row: number, skipped: boolean) => change.mutate(() => unwrap(api().imports.skipRow({ session, row, skipped })))
  const c = preview.counts
  const consent = preview.notices.find((n) => CONSENT_NOTICES.includes(n.code))
  const erasedCode = (code: string) => preview.rows.filter((r) => r.problems.some((p) => p.code === code)).length
  const allowed = erasedCode('erased_person_allowed')
  const erased = erasedCode('erased_person') + allowed
  return (
    <div className="import-preview">
      <section className="panel" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t('import.screen.previewOf', { file: preview.file.name })}</h2>
        <div className="toolbar">
          {preview.sheets.length > 1 && (
            <div className="field">
              <label htmlFor="import-sheet">{t('import.screen.sheet')}</label>
              <select id="import-sheet" value={preview.sheet} disabled={busy} onChange={(e) => reread({ session, sheet: e.target.value, headerRow: undefined, mapping: undefined })}>
                {preview.sheets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="import-header-row">{t('import.screen.headerRow')}</label>
            <input id="import-header-row" type="number" min={1} value={headerRow} disabled={busy} onChange={(e) => setHeaderRow(e.target.value)} />
          </div>
          <button type="button" className="button" disabled={busy || Number(headerRow) === preview.headerRow || !(Number(headerRow) >= 1)} onClick={() => reread({ session, headerRow: Number(headerRow), mapping: undefined })}>
            {t('import.screen.applyHeaderRow')}
          </button>
          <label className="chip">
            <input type="checkbox" disabled={busy} onChange={(e) => reread({ session, createOrganisations: e.target.checked })} />
            {t('import.screen.createOrganisations')}
          </label>
        </div>
        {erased > 0 && (
          <div className="banner banner--warning">
            <p>{t('import.screen.allowErasedHint', { count: erased })}</p>
            <label className="chip">
              <input type="checkbox" disabled={busy} checked={allowed > 0} onChange={(e) => reread({ session, allowErased: e.target.checked })} />
              {t('import.screen.allowErased')}
            </label>
          </div>
        )}
        {preview.sheetUncertain && <p className="banner banner--info">{t('import.screen.sheetUncertain', { sheet: preview.sheet })}</p>}
        <p role="status" className="import-counts">
          {t('import.screen.counts', { rows: c.rows, valid: c.valid, invalid: c.invalid, duplicates: c.duplicate, skipped: c.skipped, updates: c.updates })}
        </p>
        {consent && (
          <p className="banner banner--warning" role="status">
            {t('consent.ui.consentWarning', { message: t(`import.problem.${consent.code}`, consent.params) })}
          </p>
        )}
        <ErrorBanner error={change.error ? appErrorOf(change.error) : null} />
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={busy || c.valid === 0} onClick={onImport}>
            {t('import.screen.import', { count: c.valid })}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onCancel}>
            {t('import.screen.cancel')}
          </button>
        </div>
      </section>
      <UnknownOrganisations
        preview={preview}
        choices={organisations}
        busy={busy}
        onChoose={(name, choice) => {
          const next = { ...organisations, [name]: choice }
          setOrganisations(next)
          reread({ session, organisations: next })
        }}
      />
      <div className="import-preview__side">
        <MappingEditor mapping={preview.mapping} busy={busy} onChange={(column, field) => reread({ session, mapping: { ...userMapping(preview), [column]: field } })} />
        <ProblemList preview={preview} onShowRow={(row) => table.current?.showRow(row)} />
      </div>
      <UpdateList preview={preview} busy={busy} onReject={skip} />
      <PreviewTable
        ref={table}
        rows={preview.rows}
        columns={preview.mapping}
        busy={busy}
        onEdit={(row, field, text) => change.mutate(() => unwrap(api().imports.editCell({ session, row, field, text })))}
        onSkip={skip}
      />
    </div>
  )
}
