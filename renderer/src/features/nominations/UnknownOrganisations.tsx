import { useId, useState } from 'react'
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, useFilter } from 'react-aria-components'
import type { Sector } from '../../../../shared/domain/enums'
import type { OrganisationRow } from '../../../../shared/domain/partners'
import type { ImportPreview } from '../../../../shared/import/types'
import { useT } from '../../i18n/useT'
import { sectorOptions } from '../partners/labels'
import { usePartnerList } from '../partners/queries'

export type OrganisationChoice = { partner: number } | { create: Sector }
export type OrganisationChoices = Record<string, OrganisationChoice>

const ORGANISATION_CODES = new Set(['unknown_organisation', 'new_organisation'])

/**
 * The home organisations the partner list lacks, by their name as the file writes it, with how many rows name
 * each, in the file's order. Names the user has mapped stay listed (no longer unknown) so the choice can change.
 */
export function unknownOrganisations(preview: ImportPreview, chosen: OrganisationChoices): Array<{ name: string; rows: number }> {
  const counts = new Map<string, number>()
  for (const row of preview.rows) {
    const name = row.values.organisation
    if (typeof name !== 'string' || name === '' || !(name in chosen || row.problems.some((p) => ORGANISATION_CODES.has(p.code)))) continue
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return [...counts].map(([name, rows]) => ({ name, rows }))
}

interface Props {
  preview: ImportPreview
  choices: OrganisationChoices
  busy: boolean
  onChoose: (name: string, choice: OrganisationChoice) => void
}

/**
 * Each unknown organisation of the file: map it to a partner already in the list (a searchable combobox over
 * the list in Slovenian order) or add it as a new partner in the sector the user picks.
 */
export function UnknownOrganisations({ preview, choices, busy, onChoose }: Props) {
  const t = useT()
  const partners = usePartnerList({ sortBy: 'name' })
  const names = unknownOrganisations(preview, choices)
  if (names.length === 0) return null
  return (
    <section className="panel unknown-organisations" aria-labelledby="unknown-organisations-heading">
      <h2 id="unknown-organisations-heading">{t('import.screen.unknownOrganisations')}</h2>
      <p className="hint">{t('import.screen.unknownOrganisationsHint')}</p>
      <div className="unknown-organisations__list">
        {names.map(({ name, rows }) => (
          <UnknownOrganisation key={name} name={name} rows={rows} choice={choices[name]} partners={partners.data?.rows ?? []} busy={busy} onChoose={(choice) => onChoose(name, choice)} />
        ))}
      </div>
    </section>
  )
}

function UnknownOrganisation(props: { name: string; rows: number; choice: OrganisationChoice | undefined; partners: OrganisationRow[]; busy: boolean; onChoose: (choice: OrganisationChoice) => void }) {
  const { name, rows, choice, partners, busy, onChoose } = props
  const t = useT()
  const { contains } = useFilter({ sensitivity: 'base' })
  const id = useId()
  const [sector, setSector] = useState<Sector>(choice && 'create' in choice ? choice.create : 'company')
  const mappedTo = choice && 'partner' in choice ? partners.find((p) => p.id === choice.partner) : undefined
  const [search, setSearch] = useState(mappedTo?.name ?? '')
  // The list is filtered here (diacritics and case aside); the chosen partner's own name shows the whole list.
  const shown = search === '' || search === mappedTo?.name ? partners : partners.filter((p) => contains(p.name, search) || (p.shortName !== null && contains(p.shortName, search)))
  return (
    <div className="unknown-organisation" role="group" aria-labelledby={`${id}-name`}>
      <strong id={`${id}-name`}>{t('import.screen.unknownOrganisation', { name, rows })}</strong>
      <p className="hint" role="status">
        {mappedTo
          ? t('import.screen.choice.partner', { partner: mappedTo.name })
          : choice && 'create' in choice
            ? t('import.screen.choice.create', { sector: t(`partners.sector.${choice.create}`) })
            : t('import.screen.choice.none')}
      </p>
      <div className="unknown-organisation__choices">
        <ComboBox
          className="combo"
          items={shown}
          inputValue={search}
          onInputChange={setSearch}
          isDisabled={busy}
          selectedKey={mappedTo?.id ?? null}
          onSelectionChange={(key) => {
            const partner = partners.find((p) => p.id === key)
            if (!partner) return
            setSearch(partner.name)
            onChoose({ partner: partner.id })
          }}
        >
          <Label>{t('import.screen.mapToPartner', { name })}</Label>
          <div className="combo__field">
            <Input className="combo__input" />
            <Button className="button combo__button" aria-label={t('import.screen.showPartners')}>
              ▾
            </Button>
          </div>
          <Popover className="combo__popover">
            <ListBox className="combo__list" renderEmptyState={() => <p className="combo__empty">{t('import.screen.noPartnerMatch')}</p>}>
              {(partner: OrganisationRow) => (
                <ListBoxItem id={partner.id} textValue={partner.name} className="combo__item">
                  {partner.name}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
        <div className="field">
          <label htmlFor={`${id}-sector`}>{t('import.screen.newSector', { name })}</label>
          <select id={`${id}-sector`} value={sector} disabled={busy} onChange={(e) => setSector(e.target.value as Sector)}>
            {sectorOptions(t).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={busy} onClick={() => onChoose({ create: sector })}>
          {t('import.screen.createAsNew')}
        </button>
      </div>
    </div>
  )
}
