import { z } from 'zod'
import { stripControlCharacters } from '../text/clean'

/**
 * Field schemas shared by forms and IPC. Their messages are catalogue codes (`field.<code>`), never prose.
 */
export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .transform((s) => stripControlCharacters(s).replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'tooLong' }))

/** Optional text: blank becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((s) => {
      const clean = stripControlCharacters(s ?? '').trim()
      return clean === '' ? null : clean
    })
    .pipe(z.string().max(max, { error: 'tooLong' }).nullable())

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' }).refine((s) => !Number.isNaN(Date.parse(s)), { error: 'date' })
export const optionalDate = z
  .string()
  .nullish()
  .transform((s) => (s && s.trim() !== '' ? s.trim() : null))
  .pipe(isoDate.nullable())

export const id = z.number().int().positive()
export const byId = z.object({ id })
export const empty = z.object({}).optional()

export const optionalEmail = z
  .string()
  .nullish()
  .transform((s) => (s && s.trim() !== '' ? s.trim() : null))
  .pipe(z.email({ error: 'email' }).max(254, { error: 'tooLong' }).nullable())
