import type { FieldValue } from '../../../../shared/import/fields'
import { IMPORT_PROFILES } from '../../../../shared/import/profiles'
import type { ColumnMapping, PreviewRow } from '../../../../shared/import/types'

const asText = (v: FieldValue | undefined) => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? '✓' : '✗') : String(v))

/** What a preview cell shows: the text as the file had it when it was normalised, else the value (a split field's parts joined). */
export function cellText(row: PreviewRow, column: ColumnMapping): string {
  const field = column.field
  if (!field) return ''
  if (field in row.source) return row.source[field]!
  const definition = IMPORT_PROFILES.nominations.fields.find((f) => f.name === field)
  if (definition?.splitsInto) return definition.splitsInto.map((part) => asText(row.values[part])).filter(Boolean).join(' ')
  return asText(row.values[field])
}
