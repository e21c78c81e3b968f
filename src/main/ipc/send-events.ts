/** The only file that sends to a page: core's events, to every window of the app, on their own channels. */
import type { BrowserWindow } from 'electron'
import type { EventHub } from '../../core/events'
import { ipcEvent } from '../../shared/ipc/events'

export function forwardEvents(events: EventHub, windows: () => readonly BrowserWindow[]): () => void {
  return events.subscribe((name, payload) => {
    for (const window of windows()) {
      // A window closing as the event goes out is skipped, not an error.
      if (!window.isDestroyed()) window.webContents.send(ipcEvent(name), payload)
    }
  })
}
