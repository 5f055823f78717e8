import type { AuditChange } from '../../../shared/domain/audit'

/**
 * Long text (a logo as a data: URL, a long note) is cut: the log shows what changed, not whole documents. Lists
 * and objects stay whole JSON, for the formatter to read them as words (shared/audit/present.ts).
 */
const MAX_SHOWN = 300

function show(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'string') return JSON.stringify(value)
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value
}

function parse(json: string | null): unknown {
  if (json === null) return null
  try {
    return JSON.parse(json)
  } catch {
    return json
  }
}

/** Bookkeeping columns a service may include in a created or deleted record: not something the user changed. */
const TECHNICAL_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'sortKey', 'searchKey', 'searchText'])

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isPair = (v: unknown): v is [unknown, unknown] => Array.isArray(v) && v.length === 2

/**
 * The services record changes in three shapes: an update as {field: [before, after]} (changedFields), an update
 * or a setting as whole before and after values, and a create or delete as one object. All become a list of
 * edited fields, so the screen and the export show "before → after" the same way whatever the area. `keep` names
 * fields kept even when unchanged, because they say which record it was (a letter template's kind and language).
 */
export function describeChanges(beforeJson: string | null, afterJson: string | null, keep: readonly string[] = []): AuditChange[] {
  const before = parse(beforeJson)
  const after = parse(afterJson)
  // {teams: [a, b]} after {teams: 2} is a list of two, not a change from a to b: a pair's first value is the one before.
  const pairs = isRecord(after) && Object.keys(after).length > 0 && Object.values(after).every(isPair)
  const fromBefore = (field: string, first: unknown) => !isRecord(before) || before[field] === undefined || JSON.stringify(before[field]) === JSON.stringify(first)
  if (pairs && Object.entries(after as Record<string, [unknown, unknown]>).every(([field, [b]]) => fromBefore(field, b))) {
    return Object.entries(after as Record<string, [unknown, unknown]>).map(([field, [b, a]]) => ({ field, before: show(b), after: show(a) }))
  }
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {}
    const a = isRecord(after) ? after : {}
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    return fields
      .filter((field) => !TECHNICAL_FIELDS.has(field) && (keep.includes(field) || JSON.stringify(b[field]) !== JSON.stringify(a[field])))
      .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }))
      .filter((change) => change.before !== null || change.after !== null)
  }
  if (before === null && after === null) return []
  return [{ field: '', before: show(before), after: show(after) }]
}
