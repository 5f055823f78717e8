import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../app/api'

/** 'settings' and 'info' are the keys the shell already reads (language, demo offer): one cache, one truth. */
export const settingsKeys = {
  settings: ['settings'] as const,
  info: ['info'] as const,
  backups: ['backups'] as const,
  restorePreview: (file: string) => ['backups', 'restorePreview', file] as const,
}

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.settings, queryFn: () => unwrap(api().settings.get({})) })
}

/** Counts change with every edit elsewhere in the app, so they are read afresh whenever shown. */
export function useAppInfo() {
  return useQuery({ queryKey: settingsKeys.info, queryFn: () => unwrap(api().settings.info({})), staleTime: 0 })
}

export function useBackupList(enabled: boolean) {
  return useQuery({ queryKey: settingsKeys.backups, queryFn: () => unwrap(api().settings.listBackups({})), enabled, staleTime: 0 })
}

/** What restoring `file` would drop and carry over: compared afresh each time the confirmation opens. */
export function useRestorePreview(file: string) {
  return useQuery({ queryKey: settingsKeys.restorePreview(file), queryFn: () => unwrap(api().settings.previewRestore({ file })), staleTime: 0, gcTime: 0 })
}
