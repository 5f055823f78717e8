import type { AuditFiltersInput } from '../../../../shared/api/audit'
import type { AuditPage } from '../../../../shared/domain/audit'
import { SelectField, TextField } from '../../components/Field'
import { useCodeLabel } from '../../i18n/codeLabel'
import { useT } from '../../i18n/useT'

interface Props {
  filters: AuditFiltersInput
  onChange: (filters: AuditFiltersInput) => void
  choices: Pick<AuditPage, 'entities' | 'actions' | 'users'> | undefined
  /** Refused filters (the end before the start) by field, as the contract's codes; shown under the field. */
  errors: Record<string, string>
}

/** Filters apply as they change; the list of choices comes from what the log holds. */
export function AuditFilters({ filters, onChange, choices, errors }: Props) {
  const t = useT()
  const entityLabel = useCodeLabel('audit.entity')
  const actionLabel = useCodeLabel('audit.action')
  const set = (key: keyof AuditFiltersInput) => (event: { target: { value: string } }) => onChange({ ...filters, [key]: event.target.value || null })
  const options = (values: string[] | undefined, label: (v: string) => string) => [
    { value: '', label: t('audit.filter.any') },
    ...(values ?? []).map((v) => ({ value: v, label: label(v) })).sort((a, b) => a.label.localeCompare(b.label, 'sl')),
  ]
  const fieldError = (name: string) => {
    const code = errors[name]
    return code ? t(`field.${/^[a-zA-Z]+$/.test(code) ? code : 'invalid'}`) : undefined
  }
  const empty = Object.values(filters).every((v) => v === null || v === undefined || v === '')
  return (
    <form role="search" aria-label={t('audit.filters')} className="toolbar audit-filters" onSubmit={(e) => e.preventDefault()}>
      <SelectField label={t('audit.filter.entity')} value={filters.entity ?? ''} onChange={set('entity')} options={options(choices?.entities, entityLabel)} />
      <SelectField label={t('audit.filter.action')} value={filters.action ?? ''} onChange={set('action')} options={options(choices?.actions, actionLabel)} />
      <SelectField label={t('audit.filter.user')} value={filters.user ?? ''} onChange={set('user')} options={options(choices?.users, (u) => u)} />
      <TextField label={t('audit.filter.from')} type="date" value={filters.from ?? ''} onChange={set('from')} error={fieldError('from')} />
      <TextField label={t('audit.filter.to')} type="date" value={filters.to ?? ''} onChange={set('to')} error={fieldError('to')} />
      <TextField label={t('audit.filter.text')} type="search" value={filters.text ?? ''} onChange={set('text')} />
      <button type="button" className="button" disabled={empty} onClick={() => onChange({})}>
        {t('audit.filter.clear')}
      </button>
    </form>
  )
}
