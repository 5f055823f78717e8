import type { z } from 'zod'
import { DEFAULT_REFERENCE_PATTERN, ministryFields } from '../../../shared/api/settings'
import type { Language } from '../../../shared/domain/enums'
import type { MinistryDetails, Settings } from '../../../shared/domain/settings'
import { audit } from '../audit'
import type { ServiceContext } from '../context'

const EMPTY_MINISTRY: MinistryDetails = {
  name: '',
  street: '',
  postcode: '',
  city: '',
  signatoryName: '',
  signatoryTitle: '',
  nameEn: '',
  place: '',
  referencePattern: DEFAULT_REFERENCE_PATTERN,
  footer: '',
  logoDataUrl: null,
}

export function readSetting<T>(ctx: ServiceContext, key: string, fallback: T): T {
  const row = ctx.conn.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
  if (!row) return fallback
  try {
    return JSON.parse(row.value) as T
  } catch {
    return fallback
  }
}

export function writeSetting(ctx: ServiceContext, key: string, value: unknown): void {
  ctx.conn.sqlite.transaction(() => {
    const before = readSetting<unknown>(ctx, key, null)
    ctx.conn.sqlite
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value))
    audit(ctx, 'setting', null, key, before, value)
  })()
}

export function getSettings(ctx: ServiceContext): Settings {
  return {
    language: readSetting<Language>(ctx, 'language', 'sl'),
    ministry: { ...EMPTY_MINISTRY, ...readSetting<Partial<MinistryDetails>>(ctx, 'ministry', {}) },
    backupFolder: readSetting<string>(ctx, 'backupFolder', ctx.defaultBackupFolder),
  }
}

export function setLanguage(ctx: ServiceContext, language: Language): Settings {
  writeSetting(ctx, 'language', language)
  return getSettings(ctx)
}

/** Fields added later (English name, place, reference pattern, footer) may be left out and take their defaults. */
export function setMinistry(ctx: ServiceContext, ministry: z.input<typeof ministryFields>): Settings {
  writeSetting(ctx, 'ministry', ministryFields.parse(ministry))
  return getSettings(ctx)
}
