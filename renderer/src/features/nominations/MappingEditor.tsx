import { IMPORT_PROFILES } from '../../../../shared/import/profiles'
import type { ColumnMapping } from '../../../../shared/import/types'
import { useT } from '../../i18n/useT'

const FIELDS = IMPORT_PROFILES.nominations.fields.map((f) => f.name)

/** Each column of the file, the field it feeds (the user may change it) and how sure the suggestion is. */
export function MappingEditor({ mapping, busy, onChange }: { mapping: ColumnMapping[]; busy: boolean; onChange: (column: string, field: string | null) => void }) {
  const t = useT()
  return (
    <section className="panel" aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">{t('import.screen.mapping')}</h2>
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">{t('import.screen.column')}</th>
            <th scope="col">{t('import.screen.header')}</th>
            <th scope="col">{t('import.screen.field')}</th>
            <th scope="col">{t('import.screen.confidence')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.map((c) => {
            const label = t('import.screen.fieldFor', { column: c.column, header: c.header || c.column })
            return (
              <tr key={c.column}>
                <td>{c.column}</td>
                <td>{c.header}</td>
                <td>
                  <select aria-label={label} value={c.field ?? ''} disabled={busy} onChange={(e) => onChange(c.column, e.target.value || null)}>
                    <option value="">{t('import.screen.notImported')}</option>
                    {FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {t(`import.field.${f}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {c.field ? (
                    <span className={`confidence confidence--${c.confidence >= 0.9 ? 'high' : c.confidence >= 0.7 ? 'medium' : 'low'}`}>
                      {t(`import.screen.source.${c.source}`, { percent: Math.round(c.confidence * 100) })}
                    </span>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
