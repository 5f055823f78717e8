import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ BrowserWindow: class {}, app: {}, ipcMain: { handle: vi.fn() } }))

import { CONTENT_SECURITY_POLICY, printWindowOptions, secureWindowOptions } from '../../../electron/window'

describe('window security (handbook §3)', () => {
  it('isolates, sandboxes and denies Node to every window', () => {
    const prefs = secureWindowOptions('/app/preload.cjs').webPreferences!
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    })
  })

  it('prints letters from a hidden window that runs no script, has no preload and keeps its own session', () => {
    const options = printWindowOptions()
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      partition: 'letters-print',
    })
    expect(options.webPreferences).not.toHaveProperty('preload')
  })

  it('has a strict content security policy, in the page and in the response headers', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(readFileSync('renderer/index.html', 'utf8')).toContain("script-src 'self'")
  })

  it('denies navigation and new windows, and opens only https links after asking', () => {
    const main = readFileSync('electron/main.ts', 'utf8')
    expect(main).toContain("'will-navigate'")
    expect(main).toMatch(/setWindowOpenHandler[\s\S]*action: 'deny'/)
    expect(main).toMatch(/startsWith\('https:'\)[\s\S]*showMessageBox[\s\S]*openExternal/)
  })
})

describe('IPC', () => {
  it('registers exactly the contract channels and refuses untrusted senders', async () => {
    const electron = await import('electron')
    const { registerIpc } = await import('../../../electron/ipc')
    const invoke = vi.fn(async () => ({ ok: true as const, value: 1 as unknown }))
    registerIpc({ channels: ['partners:list'], invoke }, 'file:///app/index.html')
    const handle = electron.ipcMain.handle as unknown as ReturnType<typeof vi.fn>
    expect(handle).toHaveBeenCalledWith('partners:list', expect.any(Function))
    const handler = handle.mock.calls[0]![1] as (event: unknown, input: unknown) => Promise<unknown>
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false })
    expect(invoke).not.toHaveBeenCalled()
    expect(await handler({ senderFrame: { url: 'file:///app/index.html#/partners' } }, {})).toEqual({ ok: true, value: 1 })
  })
})
