import type { ImportPreview } from '../../../../shared/import/types'
import { useT } from '../../i18n/useT'
import { usePartnerList } from '../partners/queries'

const UNKNOWN = new Set(['unknown_organisation', 'new_organisation'])

/** The organisation names of the file that the partner list does not know, and those the user has mapped. */
function namesToMap(preview: ImportPreview, map: Record<string, number | null>): string[] {
  const names = new Set<string>()
  for (const row of preview.rows) {
    const name = row.values.organisation
    if (typeof name === 'string' && name !== '' && row.problems.some((p) => UNKNOWN.has(p.code))) names.add(name)
  }
  for (const [name, id] of Object.entries(map)) if (id !== null) names.add(name)
  return [...names]
}

interface Props {
  preview: ImportPreview
  map: Record<string, number | null>
  busy: boolean
  onMap: (name: string, partnerId: number | null) => void
}

/** Each unknown organisation can be mapped to a partner the list knows by another name; the choice is remembered on import. */
export function UnknownOrganisations({ preview, map, busy, onMap }: Props) {
  const t = useT()
  const partners = usePartnerList({})
  const names = namesToMap(preview, map)
  if (names.length === 0) return null
  return (
    <section className="panel" aria-labelledby="unknown-organisations-heading">
      <h2 id="unknown-organisations-heading">{t('import.screen.unknownOrganisations', { count: names.length })}</h2>
      <p className="muted">{t('import.screen.unknownOrganisationsHint')}</p>
      <ul className="organisation-map">
        {names.map((name, i) => (
          <li key={name} className="field">
            <label htmlFor={`organisation-map-${i}`}>{t('import.screen.mapOrganisation', { name })}</label>
            <select id={`organisation-map-${i}`} value={map[name] ?? ''} disabled={busy || !partners.data} onChange={(e) => onMap(name, e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('import.screen.notMapped')}</option>
              {partners.data?.rows.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </section>
  )
}
