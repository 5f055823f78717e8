import { renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, session, shell } from 'electron'
import { backupIntoFolder, listBackups } from '../db/backup'
import type { Connection } from '../db/connection'
import { copyDatabase, moveDatabase, removeDatabase } from '../db/move'
import { openDatabase, openReadOnly } from '../db/open'
import type { Language } from '../shared/domain/enums'
import { UserError } from '../shared/errors'
import { translate, translateError } from '../shared/i18n/format'
import { electronDialogHandlers } from './dialogs'
import { allHandlers } from './handlers'
import { registerIpc } from './ipc'
import { openElectronPrinter, printOnPaper } from './letterPrinter'
import { createRouter } from './router'
import { osUser, type ServiceContext } from './services/context'
import { checkLinks, inspectBackup } from './services/settings/backups'
import { getSettings } from './services/settings/settings'
import { CONTENT_SECURITY_POLICY, preloadPath, secureWindowOptions } from './window'

const here = dirname(fileURLToPath(import.meta.url))
/**
 * The SQL migrations are packaged inside app.asar (electron-builder.yml `files`), which Electron reads like a
 * folder; in development the app path is the project folder. Either way they sit under the app path.
 */
const migrationsFolder = join(app.getAppPath(), 'db', 'migrations')
/**
 * In development scripts/start.mjs builds better-sqlite3 for Electron's ABI and passes its path here, because
 * node_modules keeps the Node build for the tests and the CLI. The installed app has no such variable (and must
 * not take one from the environment): electron-builder rebuilt node_modules/better-sqlite3 for Electron and
 * unpacked it beside app.asar, where better-sqlite3 finds its own binary.
 */
const nativeBinding = app.isPackaged ? undefined : process.env.EXCHANGE_DESK_SQLITE_BINDING || undefined

function uiLanguage(): Language {
  return app.getLocale().toLowerCase().startsWith('sl') ? 'sl' : 'en'
}

async function open(file: string): Promise<Connection> {
  const folder = join(app.getPath('userData'), 'backups')
  return openDatabase(file, {
    create: true,
    migrationsFolder,
    nativeBinding,
    beforeMigrate: async (sqlite) => void (await backupIntoFolder(sqlite, folder, 'migration')),
  })
}

/**
 * Puts a chosen backup in place of a file that cannot be opened: read with its WAL into a private copy, checked
 * like a restore in Settings, then the unusable file set aside (with its -wal and -shm) and the copy renamed in.
 */
async function restoreAtStartup(chosen: string, file: string, lang: Language): Promise<void> {
  const staged = join(dirname(file), `.restore-${process.pid}.sqlite`)
  try {
    await copyDatabase(chosen, staged)
    inspectBackup(staged, migrationsFolder, chosen)
    checkLinks(staged, chosen)
  } catch (error) {
    removeDatabase(staged)
    dialog.showErrorBox('Exchange Desk', error instanceof UserError ? translateError(lang, error.toAppError()) : String(error))
    return
  }
  moveDatabase(file, `${file}.unusable-${Date.now()}`)
  renameSync(staged, file)
}

/** A file we cannot use is never deleted: the user restores a backup, starts afresh (the file is set aside) or quits. */
async function openOrRecover(file: string, lang: Language): Promise<Connection | null> {
  for (;;) {
    try {
      return await open(file)
    } catch (error) {
      const message = error instanceof UserError ? translateError(lang, error.toAppError()) : String(error)
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: 'Exchange Desk',
        message,
        buttons: [translate(lang, 'startup.restore'), translate(lang, 'startup.startFresh'), translate(lang, 'startup.quit')],
        defaultId: 0,
        cancelId: 2,
      })
      if (response === 2) return null
      if (response === 1) {
        // Set aside with its -wal and -shm: a WAL left behind would be read together with the new file.
        moveDatabase(file, `${file}.unusable-${Date.now()}`)
        continue
      }
      const backups = listBackups(join(app.getPath('userData'), 'backups'))
      const choice = await dialog.showOpenDialog({
        defaultPath: backups[0]?.file ?? app.getPath('userData'),
        filters: [{ name: 'SQLite', extensions: ['sqlite', 'db'] }],
        properties: ['openFile'],
      })
      const chosen = choice.filePaths[0]
      if (choice.canceled || !chosen) continue
      await restoreAtStartup(chosen, file, lang)
    }
  }
}

async function dailyBackup(ctx: ServiceContext): Promise<void> {
  const folder = getSettings(ctx).backupFolder
  const newest = listBackups(folder)[0]
  if (!newest || Date.now() - Date.parse(newest.createdAt) > 24 * 3600 * 1000) await backupIntoFolder(ctx.conn.sqlite, folder, 'daily')
}

function hardenSessions(rendererUrl: string): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(rendererUrl)) event.preventDefault()
    })
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https:')) {
        void dialog
          .showMessageBox({ type: 'question', message: translate(uiLanguage(), 'startup.openLink', { url }), buttons: ['OK', translate(uiLanguage(), 'startup.cancel')], cancelId: 1 })
          .then(({ response }) => {
            if (response === 0) void shell.openExternal(url)
          })
      }
      return { action: 'deny' }
    })
  })
}

/** The language stored in the database, read before the window exists, so native date fields follow it too. */
function storedLanguage(file: string): Language | null {
  try {
    const sqlite = openReadOnly(file, nativeBinding)
    try {
      const row = sqlite.prepare("SELECT value FROM settings WHERE key = 'language'").get() as { value: string } | undefined
      return row?.value === '"en"' ? 'en' : row?.value === '"sl"' ? 'sl' : null
    } finally {
      sqlite.close()
    }
  } catch {
    return null
  }
}

async function start(): Promise<void> {
  const language = storedLanguage(join(app.getPath('userData'), 'exchange-desk.sqlite'))
  if (language) app.commandLine.appendSwitch('lang', language === 'sl' ? 'sl-SI' : 'en-GB')
  if (!app.requestSingleInstanceLock()) {
    dialog.showErrorBox('Exchange Desk', translate(uiLanguage(), 'startup.alreadyRunning'))
    app.quit()
    return
  }
  await app.whenReady()
  const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(here, '../renderer/index.html')).href
  hardenSessions(rendererUrl)
  const file = join(app.getPath('userData'), 'exchange-desk.sqlite')
  const conn = await openOrRecover(file, uiLanguage())
  if (!conn) return app.quit()
  const ctx: ServiceContext = {
    conn,
    user: osUser(),
    now: () => new Date(),
    defaultBackupFolder: join(app.getPath('userData'), 'backups'),
    reopen: open,
  }
  await dailyBackup(ctx).catch((error) => console.error('daily backup failed', error))
  const window = new BrowserWindow(secureWindowOptions(preloadPath(here)))
  registerIpc(createRouter(allHandlers(electronDialogHandlers(window), openElectronPrinter, printOnPaper), ctx), rendererUrl)
  window.once('ready-to-show', () => window.show())
  await window.loadURL(rendererUrl)
  app.on('second-instance', () => window.focus())
  app.on('window-all-closed', () => {
    ctx.conn.sqlite.close()
    app.quit()
  })
}

void start()
