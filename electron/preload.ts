import { contextBridge, ipcRenderer } from 'electron'
import { contract, type Api } from '../shared/api'
import { listCalls } from '../shared/api/define'

/** Exposes exactly the contract's calls, each to its own channel; nothing else reaches main. */
const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
for (const { area, name, channel } of listCalls(contract)) {
  api[area] ??= {}
  ;(api[area] as Record<string, (input: unknown) => Promise<unknown>>)[name] = (input) => ipcRenderer.invoke(channel, input)
}

contextBridge.exposeInMainWorld('api', api as unknown as Api)
