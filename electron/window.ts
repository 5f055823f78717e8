import { join } from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'

/** Handbook §3: every window is isolated, sandboxed, without Node, and loads nothing remote. */
const HARDENED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
} as const satisfies BrowserWindowConstructorOptions['webPreferences']

/** The main window. */
export function secureWindowOptions(preloadFile: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Exchange Desk',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadFile,
      ...HARDENED,
      spellcheck: true,
    },
  }
}

/**
 * The hidden window letters are printed from: no preload, no JavaScript at all (the letters are static HTML), the
 * same isolation as the main window, and a session of its own that keeps nothing on disk.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: {
      javascript: false,
      ...HARDENED,
      partition: 'letters-print',
      spellcheck: false,
    },
  }
}

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/preload.cjs')
}
