import { z } from 'zod'
import { LANGUAGES } from '../domain/enums'
import type { AppInfo, BackupSummary, RestorePreview, RestoreResult, Settings } from '../domain/settings'
import { parseReferencePattern } from '../letters/reference'
import { ALL_KINDS } from './dataKinds'
import { call } from './define'
import { empty, optionalText } from './fields'

/** The ministry's style of reference numbers: file number, year, sequence (`0100-12/2026-3`). */
export const DEFAULT_REFERENCE_PATTERN = '0100-12/{year}-{seq}'

function validReferencePattern(pattern: string): boolean {
  try {
    parseReferencePattern(pattern)
    return true
  } catch {
    return false
  }
}

const LOGO_PATTERN = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/

export const ministryFields = z.object({
  name: optionalText(200).transform((s) => s ?? ''),
  street: optionalText(200).transform((s) => s ?? ''),
  postcode: optionalText(12).transform((s) => s ?? ''),
  city: optionalText(100).transform((s) => s ?? ''),
  signatoryName: optionalText(200).transform((s) => s ?? ''),
  signatoryTitle: optionalText(200).transform((s) => s ?? ''),
  nameEn: optionalText(200).transform((s) => s ?? ''),
  place: optionalText(100).transform((s) => s ?? ''),
  referencePattern: optionalText(100)
    .transform((s) => s ?? DEFAULT_REFERENCE_PATTERN)
    .refine(validReferencePattern, { error: 'referencePattern' }),
  footer: optionalText(300).transform((s) => s ?? ''),
  logoDataUrl: z
    .string()
    .max(2_000_000, { error: 'logoTooLarge' })
    .regex(LOGO_PATTERN, { error: 'logoFormat' })
    .nullable(),
})

export const settingsApi = {
  get: call<Settings>()('settings:get', empty, { reads: ['settings'] }),
  setLanguage: call<Settings>()('settings:setLanguage', z.object({ language: z.enum(LANGUAGES) }), { changes: ['settings'] }),
  setMinistry: call<Settings>()('settings:setMinistry', z.object({ ministry: ministryFields }), { changes: ['settings'] }),
  setBackupFolder: call<Settings>()('settings:setBackupFolder', z.object({ folder: z.string().min(1).max(1000) }), { changes: ['settings', 'backups'] }),
  info: call<AppInfo>()('app:info', empty, { reads: ALL_KINDS }),
  loadDemo: call<AppInfo>()('app:loadDemo', empty, { changes: ALL_KINDS }),
  declineDemo: call<AppInfo>()('app:declineDemo', empty, { changes: ['settings'] }),
  backupNow: call<BackupSummary>()('backup:now', empty, { changes: ['backups'] }),
  listBackups: call<BackupSummary[]>()('backup:list', empty, { reads: ['backups', 'settings'] }),
  inspectBackup: call<BackupSummary>()('backup:inspect', z.object({ file: z.string().min(1).max(4000) }), { reads: ['backups'] }),
  /** What a restore would drop (letters, imports, placements changed) and carry over (audit entries). */
  previewRestore: call<RestorePreview>()('backup:previewRestore', z.object({ file: z.string().min(1).max(4000) }), { reads: ALL_KINDS }),
  restore: call<RestoreResult>()('backup:restore', z.object({ file: z.string().min(1).max(4000) }), { changes: ALL_KINDS }),
}

/** Native dialogs: Electron's in the app, scripted answers in end-to-end tests. */
export const dialogApi = {
  openFile: call<{ file: string | null }>()(
    'dialog:openFile',
    z.object({ purpose: z.enum(['restore', 'logo', 'import']), extensions: z.array(z.string().max(10)).max(20) }),
    { reads: [] },
  ),
  chooseFolder: call<{ folder: string | null }>()('dialog:chooseFolder', z.object({ purpose: z.enum(['backups', 'letters']) }), { reads: [] }),
  readImage: call<{ dataUrl: string }>()('dialog:readImage', z.object({ file: z.string().min(1).max(4000) }), { reads: [] }),
  /** Where to write an export; `defaultName` is only a suggestion the user can change. */
  saveFile: call<{ file: string | null }>()(
    'dialog:saveFile',
    z.object({
      purpose: z.enum(['audit', 'personalData', 'statistics', 'letters']),
      defaultName: z.string().min(1).max(255),
      extensions: z.array(z.string().max(10)).min(1).max(20),
    }),
    { reads: [] },
  ),
}
