import { z } from 'zod'

/** The programme's first year: the pilot every growth figure is compared with. */
export const PILOT_YEAR = 2015
/** Years the statistics accept; wide enough for any real data, narrow enough to catch a typo such as 20026. */
export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

const year = z.number({ error: 'number' }).int({ error: 'number' }).min(FIRST_YEAR, { error: 'year' }).max(LAST_YEAR, { error: 'year' })

/** What the user picks on the Statistics screen, in the CLI or for the export: one year, a range of years, or a round. */
export const statsPeriodInput = z.union([
  z.object({ year }).strict(),
  z
    .object({ from: year, to: year })
    .strict()
    .refine((p) => p.from <= p.to, { message: 'fromAfterTo', path: ['to'] }),
  z.object({ roundId: z.number().int().positive() }).strict(),
])
export type StatsPeriodInput = { year: number } | { from: number; to: number } | { roundId: number }

/** The period every figure was computed for, as shown in titles and on the cover sheet. */
export interface StatsPeriod {
  kind: 'years' | 'round'
  /** First and last calendar year covered; for a round the year it starts (null when neither it nor its placements have dates). */
  from: number | null
  to: number | null
  roundId: number | null
  roundName: string | null
}
