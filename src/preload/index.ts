/**
 * The renderer's only door to main: one function per contract channel, each forwarding its single
 * input to `ipcRenderer.invoke` and handing back main's result object. No ipcRenderer, no generic
 * invoke and no process details cross the bridge, so the page can reach nothing the contract omits.
 *
 * Only the zod-free channel list is imported: a sandboxed preload can `require` nothing but
 * Electron's own modules.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { channelNames, ipcChannel, type ChannelName } from '../shared/ipc/channels'
import type { SupervisorApi } from '../shared/ipc/contract'

const call =
  (name: ChannelName) =>
  // Extra arguments are dropped: main receives exactly one input per call.
  (input?: unknown): Promise<unknown> =>
    ipcRenderer.invoke(ipcChannel(name), input)

const api = Object.freeze(
  Object.fromEntries(channelNames.map((name) => [name, call(name)]))
) as unknown as SupervisorApi

contextBridge.exposeInMainWorld('api', api)
