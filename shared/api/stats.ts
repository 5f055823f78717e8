import { z } from 'zod'
import { LANGUAGES } from '../domain/enums'
import { statsPeriodInput } from '../stats/period'
import type { Statistics } from '../stats/types'
import { call } from './define'

export interface StatsExportResult {
  file: string
  sheets: string[]
  /** Rows of the detail sheet; null when it was not asked for. */
  detailRows: number | null
}

/** Year-end statistics: every figure for a year, a range of years or a round, and the Excel workbook of them. */
export const statsApi = {
  get: call<Statistics>()('stats:get', z.object({ period: statsPeriodInput }), { reads: ['partners', 'rounds', 'nominations', 'placements', 'teams'] }),
  export: call<StatsExportResult>()(
    'stats:export',
    z.object({
      period: statsPeriodInput,
      file: z.string().min(1).max(4000),
      language: z.enum(LANGUAGES),
      detail: z.boolean().default(false),
      /** Names, contacts, gender and feedback text on the detail sheet; the screen asks with a warning first. */
      includePersonalData: z.boolean().default(false),
    }),
    { changes: ['audit'] },
  ),
}
