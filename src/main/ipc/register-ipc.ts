/**
 * The only file that touches ipcMain: one handler per contract channel, all through `dispatch`,
 * each reply's long lists sent as tables (wire-tables.ts; the page's callApi unpacks them).
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channelNames, ipcChannel } from '../../shared/ipc/contract'
import { packTables } from '../../shared/ipc/wire-tables'
import type { Dispatch, SenderInfo } from '../../core/ipc/dispatch'

function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame
  return { frameUrl: frame?.url, isMainFrame: frame !== null && frame === event.sender.mainFrame }
}

export function registerIpc(dispatch: Dispatch): void {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown) => packTables(await dispatch(name, input, senderOf(event))))
  }
}
