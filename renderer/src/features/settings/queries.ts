import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../app/api'
import { callKey } from '../../app/freshness'
import { contract } from '../../../../shared/api'

/** The same keys the shell reads (language, demo offer): one cache, one truth. */
export const settingsKeys = {
  settings: callKey(contract.settings.get),
  info: callKey(contract.settings.info),
  backups: callKey(contract.settings.listBackups),
  restorePreview: (file: string) => callKey(contract.settings.previewRestore, file),
}

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.settings, queryFn: () => unwrap(api().settings.get({})) })
}

/** Counts of everything: every change refreshes them (the call reads every kind). */
export function useAppInfo() {
  return useQuery({ queryKey: settingsKeys.info, queryFn: () => unwrap(api().settings.info({})) })
}

export function useBackupList(enabled: boolean) {
  return useQuery({ queryKey: settingsKeys.backups, queryFn: () => unwrap(api().settings.listBackups({})), enabled })
}

/** What restoring `file` would drop and carry over: compared afresh each time the confirmation opens. */
export function useRestorePreview(file: string) {
  return useQuery({ queryKey: settingsKeys.restorePreview(file), queryFn: () => unwrap(api().settings.previewRestore({ file })), staleTime: 0, gcTime: 0 })
}
