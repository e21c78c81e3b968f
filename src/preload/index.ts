/**
 * The renderer's only door to main: one function per contract channel, each forwarding its single
 * input to `ipcRenderer.invoke` and handing back main's result object, and `on` for the contract's
 * events. No ipcRenderer, no generic invoke and no process details cross the bridge, so the page
 * can reach nothing the contract omits.
 *
 * Only zod-free modules are imported: a sandboxed preload can `require` nothing but Electron's own.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createApiBridge } from '../shared/ipc/bridge'
import { ipcChannel } from '../shared/ipc/channels'
import { ipcEvent } from '../shared/ipc/events'

contextBridge.exposeInMainWorld(
  'api',
  createApiBridge(
    (name, input) => ipcRenderer.invoke(ipcChannel(name), input),
    (name, listener) => {
      // The page gets the payload only, never the IpcRendererEvent (which holds the sender).
      const forward = (_event: unknown, payload: unknown): void => listener(payload)
      ipcRenderer.on(ipcEvent(name), forward)
      return () => void ipcRenderer.removeListener(ipcEvent(name), forward)
    }
  )
)
