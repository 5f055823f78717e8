import type { FieldValue } from '../../../shared/import/fields'
import type { ImportProblem, PreviewRow, RowStatus } from '../../../shared/import/types'
import type { HookCache, ImportHooks } from './hooks'
import type { BoundColumn, RowContext } from './rowBuilder'
import { toProblem } from './rowBuilder'

/** Problems of the row as a whole, recomputed whenever a cell of it changes. */
export const ROW_PROBLEM_CODES = new Set([
  'required', 'recommended_missing', 'date_order', 'duration_exceeds_range', 'duplicate_in_file',
  'unknown_organisation', 'new_organisation', 'unknown_preference', 'already_imported', 'erased_person', 'erased_person_allowed',
])

const filled = (v: FieldValue | undefined) => v !== null && v !== undefined && v !== ''

/** The column a field is read from (a split field's parts come from the virtual field's column). */
export function columnOf(columns: BoundColumn[], field: string): string | null {
  for (const { mapping, field: def } of columns) if (def.name === field || def.splitsInto?.includes(field)) return mapping.column
  return null
}

const DAY_MS = 86_400_000

function checkFields(ctx: RowContext, row: PreviewRow): void {
  const { profile, columns } = ctx
  const add = (field: string | null, code: string, severity: 'error' | 'warning', params: Record<string, string | number> = {}) => {
    const column = field ? columnOf(columns, field) : null
    row.problems.push(toProblem(ctx, row.row, column, field, { code, severity, params }, column && field ? (row.source[field] ?? String(row.values[field] ?? '')) : ''))
  }
  for (const required of profile.required) {
    const options = typeof required === 'string' ? [required] : required
    if (options.some((f) => filled(row.values[f]))) continue
    // A value that failed to read already has its own problem; "required" would only repeat it.
    if (options.some((f) => row.problems.some((p) => p.field === f && p.severity === 'error'))) continue
    add(options[0]!, 'required', 'error')
  }
  // Only a recommended column that is there but empty is worth a word per row; a missing column is one notice.
  for (const field of profile.recommended)
    if (columnOf(columns, field) && !filled(row.values[field]) && !row.problems.some((p) => p.field === field)) add(field, 'recommended_missing', 'warning')
  for (const [fromField, toField] of profile.dateRanges) {
    const from = row.values[fromField]
    const to = row.values[toField]
    if (typeof from !== 'string' || typeof to !== 'string') continue
    if (from > to) add(toField, 'date_order', 'error', { from, to })
    else {
      const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1
      const duration = row.values.durationDays
      if (typeof duration === 'number' && duration > days) add('durationDays', 'duration_exceeds_range', 'warning', { days, duration })
    }
  }
}

function resolve(hooks: ImportHooks, cache: HookCache, name: FieldValue | undefined, taxNumber: FieldValue | undefined) {
  const ref = { name: typeof name === 'string' ? name : null, taxNumber: typeof taxNumber === 'string' ? taxNumber : null }
  const key = `${ref.taxNumber ?? ''}|${ref.name ?? ''}`
  if (!cache.organisations.has(key)) cache.organisations.set(key, hooks.resolveOrganisation!(ref))
  return cache.organisations.get(key) ?? null
}

function checkWithHooks(ctx: RowContext, row: PreviewRow, hooks: ImportHooks, cache: HookCache): void {
  const { profile, columns } = ctx
  const add = (field: string, code: string, severity: 'error' | 'warning', params: Record<string, string | number> = {}) => {
    const column = columnOf(columns, field)
    row.problems.push(toProblem(ctx, row.row, column, field, { code, severity, params }, String(row.values[field] ?? '')))
  }
  if (hooks.resolveOrganisation && profile.organisation) {
    const { name, taxNumber } = profile.organisation
    const orgName = row.values[name]
    const orgTax = taxNumber ? row.values[taxNumber] : undefined
    if (filled(orgName) || filled(orgTax)) {
      const found = resolve(hooks, cache, orgName, orgTax)
      row.organisationId = found?.id ?? null
      if (!found) {
        const creating = hooks.createOrganisations || (typeof orgName === 'string' && hooks.creates?.(orgName) === true)
        add(filled(orgName) ? name : taxNumber!, creating ? 'new_organisation' : 'unknown_organisation', creating ? 'warning' : 'error')
      }
    }
    for (const field of profile.organisationReferences ?? []) {
      const value = row.values[field]
      if (filled(value) && !resolve(hooks, cache, value, null)) add(field, 'unknown_preference', 'warning')
    }
  }
  const email = row.values.email
  const erased = hooks.erasedOn && typeof email === 'string' ? hooks.erasedOn(email) : null
  if (erased) add('email', hooks.allowErased ? 'erased_person_allowed' : 'erased_person', hooks.allowErased ? 'warning' : 'error', { date: erased })
  if (hooks.findExisting && row.key) {
    const existing = hooks.findExisting(row.key)
    if (!existing) return
    const changes = Object.entries(row.values)
      .filter(([field, value]) => filled(value) && field in existing.values && existing.values[field] !== value)
      .map(([field, to]) => ({ field, from: existing.values[field] ?? null, to }))
    row.existing = { id: existing.id, changes }
    if (changes.length === 0) add(columnOf(columns, 'email') ? 'email' : (profile.fields[0]?.name ?? ''), 'already_imported', 'warning', { id: existing.id })
  }
}

export function statusOf(row: PreviewRow): RowStatus {
  if (row.problems.some((p) => p.severity === 'error')) return 'error'
  if (row.problems.some((p) => p.code === 'already_imported' || p.code === 'duplicate_in_file')) return 'duplicate'
  return row.problems.length > 0 ? 'warning' : 'ok'
}

/** Drops the row-level problems and checks the row again: required fields, date order, identity, hooks. */
export function checkRow(ctx: RowContext, row: PreviewRow, hooks: ImportHooks, cache: HookCache): void {
  row.problems = row.problems.filter((p: ImportProblem) => !ROW_PROBLEM_CODES.has(p.code))
  delete row.existing
  delete row.organisationId
  checkFields(ctx, row)
  row.key = ctx.profile.identity(row.values)
  checkWithHooks(ctx, row, hooks, cache)
  row.status = statusOf(row)
}
