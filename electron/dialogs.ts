import { join } from 'node:path'
import { app, dialog, type BrowserWindow } from 'electron'
import type { Contract } from '../shared/api'
import type { Handlers } from '../shared/api/define'
import type { ServiceContext } from './services/context'
import { readImageAsDataUrl } from './services/settings/logo'

export function electronDialogHandlers(window: BrowserWindow): Handlers<Contract, ServiceContext>['dialog'] {
  return {
    openFile: async (_ctx, { extensions }) => {
      const result = await dialog.showOpenDialog(window, { properties: ['openFile'], filters: [{ name: extensions.join(', '), extensions }] })
      return { file: result.canceled ? null : (result.filePaths[0] ?? null) }
    },
    chooseFolder: async () => {
      const result = await dialog.showOpenDialog(window, { properties: ['openDirectory', 'createDirectory'] })
      return { folder: result.canceled ? null : (result.filePaths[0] ?? null) }
    },
    readImage: (_ctx, { file }) => readImageAsDataUrl(file),
    saveFile: async (_ctx, { defaultName, extensions }) => {
      const result = await dialog.showSaveDialog(window, {
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [{ name: extensions.join(', '), extensions }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      })
      return { file: result.canceled || !result.filePath ? null : result.filePath }
    },
  }
}
