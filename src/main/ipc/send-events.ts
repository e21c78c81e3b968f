/** The only file that sends to a page: core's events, to every window of the app, on their own channels. */
import type { BrowserWindow } from 'electron'
import type { EventHub } from '../../core/events'
import { ipcEvent, type EventName, type EventPayloads } from '../../shared/ipc/events'

/** One event to one window; a window closing as the event goes out is skipped, not an error. */
export function sendEvent<E extends EventName>(window: BrowserWindow, name: E, payload: EventPayloads[E]): void {
  if (!window.isDestroyed()) window.webContents.send(ipcEvent(name), payload)
}

export function forwardEvents(events: EventHub, windows: () => readonly BrowserWindow[]): () => void {
  return events.subscribe((name, payload) => {
    for (const window of windows()) sendEvent(window, name, payload)
  })
}
