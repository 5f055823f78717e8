import { format } from 'date-fns'
import Papa from 'papaparse'
import type { AuditFilters } from '../../../shared/api/audit'
import type { AuditExportResult } from '../../../shared/domain/audit'
import type { Language } from '../../../shared/domain/enums'
import { presentEntry } from '../../../shared/audit/present'
import { translate } from '../../../shared/i18n/format'
import type { ServiceContext } from '../context'
import { writeUserFile } from '../files'
import { auditRows, toEntry, withNames } from './list'

/** Excel runs a cell that starts with one of these as a formula; a leading apostrophe makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/
export const spreadsheetSafe = (value: string | number | null): string => {
  const text = value === null ? '' : String(value)
  return FORMULA_START.test(text) ? `'${text}` : text
}

const COLUMNS = ['at', 'user', 'entity', 'record', 'action', 'field', 'before', 'after', 'origin'] as const

/**
 * The filtered log as CSV, one line per edited field (an entry without fields gets one line), newest first.
 * Slovenian Excel expects semicolons and English Excel commas; the BOM makes both read UTF-8 (č, š, ž). Every
 * record kind, action, field and value reads as on the screen (shared/audit/present.ts): no internal codes.
 */
export function exportAudit(ctx: ServiceContext, filters: AuditFilters, file: string, language: Language): AuditExportResult {
  const entries = withNames(ctx, auditRows(ctx, filters).map(toEntry))
  const lines: Array<Array<string | number | null>> = []
  for (const e of entries) {
    const shown = presentEntry(e, language)
    // The time stays in the form a spreadsheet reads as a date and sorts.
    const head = [format(new Date(e.at), 'yyyy-MM-dd HH:mm:ss'), e.user, shown.entity, shown.record, shown.action]
    // A carried entry says so on each of its lines: a filtered spreadsheet keeps the mark.
    const origin = e.origin === null ? null : translate(language, `audit.origin.${e.origin}`)
    if (shown.changes.length === 0) lines.push([...head, null, null, null, origin])
    for (const c of shown.changes) lines.push([...head, c.label, c.before, c.after, origin])
  }
  const csv = Papa.unparse(
    {
      fields: COLUMNS.map((c) => translate(language, `audit.column.${c}`)),
      data: lines.map((line) => line.map(spreadsheetSafe)),
    },
    { delimiter: language === 'sl' ? ';' : ',', newline: '\r\n', quotes: true },
  )
  const written = writeUserFile(ctx, file, `\uFEFF${csv}\r\n`)
  return { file: written, entries: entries.length }
}
