import type { ImportPreview, ImportProblem } from '../../../shared/import/types'

const CODES = new Set(['no_consent_column', 'consent_not_given'])

/**
 * Letters need each participant's consent. A nominations file without a consent column, or whose column says
 * "no" (or nothing) for some people, is warned about before the import, with the number of people it leaves
 * without consent. Only new people count: those already in the round keep the consent recorded for them.
 * Recomputed whenever rows are skipped or corrected, so the number is always the one the import would leave.
 */
export function withConsentNotices(preview: ImportPreview): ImportPreview {
  if (preview.profile !== 'nominations') return preview
  const notices = preview.notices.filter((n) => !CODES.has(n.code))
  const incoming = preview.rows.filter((r) => !r.skipped && (r.status === 'ok' || r.status === 'warning') && !r.existing)
  const hasColumn = preview.mapping.some((c) => c.field === 'consent')
  const count = hasColumn ? incoming.filter((r) => r.values.consent !== true).length : incoming.length
  if (count > 0) notices.push(notice(preview.sheet, hasColumn ? 'consent_not_given' : 'no_consent_column', count))
  return { ...preview, notices }
}

const notice = (sheet: string, code: string, count: number): ImportProblem => ({
  sheet, row: 0, column: null, field: 'consent', code, severity: 'warning', params: { count },
})
