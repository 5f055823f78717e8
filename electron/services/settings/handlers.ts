import type { Contract } from '../../../shared/api'
import type { Handlers } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { loadDemo } from '../demo/load'
import { backupNow, inspectBackup, listBackupSummaries, setBackupFolder } from './backups'
import { previewRestore, restoreBackup } from './restore'
import { appInfo } from './info'
import { getSettings, setLanguage, setMinistry, writeSetting } from './settings'

export const settingsHandlers: Handlers<Contract, ServiceContext>['settings'] = {
  get: (ctx) => getSettings(ctx),
  setLanguage: (ctx, { language }) => setLanguage(ctx, language),
  setMinistry: (ctx, { ministry }) => setMinistry(ctx, ministry),
  setBackupFolder: (ctx, { folder }) => setBackupFolder(ctx, folder),
  info: (ctx) => appInfo(ctx),
  loadDemo: (ctx) => {
    loadDemo(ctx)
    return appInfo(ctx)
  },
  declineDemo: (ctx) => {
    writeSetting(ctx, 'demoDeclined', true)
    return appInfo(ctx)
  },
  backupNow: (ctx) => backupNow(ctx),
  listBackups: (ctx) => listBackupSummaries(ctx),
  inspectBackup: (_ctx, { file }) => inspectBackup(file),
  previewRestore: (ctx, { file }) => previewRestore(ctx, file),
  restore: (ctx, { file }) => restoreBackup(ctx, file),
}
