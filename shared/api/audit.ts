import { z } from 'zod'
import type { AuditExportResult, AuditPage } from '../domain/audit'
import { LANGUAGES } from '../domain/enums'
import { call } from './define'
import { optionalDate } from './fields'

const optionalFilter = (max: number) =>
  z
    .string()
    .max(max, { error: 'tooLong' })
    .nullish()
    .transform((s) => (s && s.trim() !== '' ? s.trim() : null))

/** What the audit log can be narrowed to; every filter is optional and they combine with AND. */
export const auditFilters = z
  .object({
    entity: optionalFilter(60),
    action: optionalFilter(60),
    user: optionalFilter(200),
    /** Local calendar days, both included. */
    from: optionalDate,
    to: optionalDate,
    /** Matched anywhere in the before and after values. */
    text: optionalFilter(200),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.to < f.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'endBeforeStart' })
  })
export type AuditFilters = z.output<typeof auditFilters>
export type AuditFiltersInput = z.input<typeof auditFilters>

export const auditApi = {
  list: call<AuditPage>()(
    'audit:list',
    z.object({
      filters: auditFilters.default({ entity: null, action: null, user: null, from: null, to: null, text: null }),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(50),
    }),
    { reads: ['audit'] },
  ),
  export: call<AuditExportResult>()(
    'audit:export',
    z.object({
      filters: auditFilters.default({ entity: null, action: null, user: null, from: null, to: null, text: null }),
      file: z.string().min(1).max(4000),
      language: z.enum(LANGUAGES),
    }),
    { changes: ['audit'] },
  ),
}
