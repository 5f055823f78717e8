import { format, subMonths } from 'date-fns'
import { z } from 'zod'
import type { RetentionSettings } from '../../../shared/domain/privacy'
import type { ServiceContext } from '../context'
import { readSetting, writeSetting } from '../settings/settings'

/**
 * Defaults a data-protection officer can defend: participants three years after their round (letters and
 * follow-up questions come within that time), people who were not placed one year (their data only served the
 * selection). The office sets its own in the Personal data screen.
 */
export const DEFAULT_RETENTION: RetentionSettings = { participants: 36, nominees: 12 }

const months = z.number().int().min(1).max(240)

export function getRetention(ctx: ServiceContext): RetentionSettings {
  // A hand-edited or older value that does not parse falls back per purpose to the default, never to "keep forever".
  const stored = readSetting<Record<string, unknown> | null>(ctx, 'retention', {}) ?? {}
  const period = (purpose: keyof RetentionSettings) => {
    const parsed = months.safeParse(stored[purpose])
    return parsed.success ? parsed.data : DEFAULT_RETENTION[purpose]
  }
  return { participants: period('participants'), nominees: period('nominees') }
}

/** Recorded in the audit log like every setting. */
export function setRetention(ctx: ServiceContext, retention: RetentionSettings): RetentionSettings {
  writeSetting(ctx, 'retention', retention)
  return getRetention(ctx)
}

/** A round that ended before this day has passed its retention period for the purpose. */
export function retentionCutoffs(ctx: ServiceContext): { participants: string; nominees: string } {
  const retention = getRetention(ctx)
  const today = ctx.now()
  return {
    participants: format(subMonths(today, retention.participants), 'yyyy-MM-dd'),
    nominees: format(subMonths(today, retention.nominees), 'yyyy-MM-dd'),
  }
}
