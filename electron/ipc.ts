import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Router } from './router'

/** Only our own page may call the API: a frame from anywhere else gets nothing. */
function isTrustedSender(event: IpcMainInvokeEvent, rendererUrl: string): boolean {
  const url = event.senderFrame?.url ?? ''
  return url.startsWith(rendererUrl)
}

export function registerIpc(router: Router, rendererUrl: string): void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event, rendererUrl))
        return { ok: false, error: { code: 'internal', params: { detail: 'untrusted sender' } } }
      return router.invoke(channel, input)
    })
  }
}
