import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../app/api'

/** 'settings' and 'info' are the keys the shell already reads (language, demo offer): one cache, one truth. */
export const settingsKeys = {
  settings: ['settings'] as const,
  info: ['info'] as const,
  backups: ['backups'] as const,
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
