/**
 * The contract's second table: events main pushes to the page, each a name and one payload. Zod-free
 * like channels.ts, so the sandboxed preload can import it; the payloads come from main, which the
 * page trusts, so they are typed rather than parsed.
 */
import type { AlertBoard, ExportProgress, ReportProgress, SessionInfo } from './contract'

export interface EventPayloads {
  /** The export under way, after each call or file; null once it has ended. */
  exportProgress: ExportProgress | null
  /** Main now talks to another account (or the demo): nothing shown of the previous one may stay. */
  sessionChanged: SessionInfo
  /** A report range's calls, after each one: the page shows a progress bar for its own run. */
  reportProgress: ReportProgress
  /** The application menu asked for something only the page can do (it knows what is on screen). */
  menuCommand: { command: MenuCommand }
  /** The user clicked an alert's desktop notification: the window is raised, the page shows that board. */
  alertNotificationClicked: { instanceId: string; board: AlertBoard }
  /** Every day so far was removed ("forget history", in any window): no window may still draw one. */
  historyForgotten: { at: number }
}

/** Menu items the page carries out: Export… for the page shown, Open snapshot… in the viewer. */
export type MenuCommand = 'export' | 'openSnapshot'

export type EventName = keyof EventPayloads

// Every event once: a name missing here, or one that is not an event, fails the type check.
const EVENTS: Record<EventName, true> = { exportProgress: true, sessionChanged: true, reportProgress: true, menuCommand: true, alertNotificationClicked: true, historyForgotten: true }
export const eventNames = Object.keys(EVENTS) as EventName[]

export const isEventName = (name: unknown): name is EventName => (eventNames as readonly unknown[]).includes(name)

/** The IPC channel string of an event; namespaced apart from the request channels. */
export const ipcEvent = (name: EventName): string => `ccc-supervisor:event:${name}`

export type EventListener<E extends EventName> = (payload: EventPayloads[E]) => void
export type Unsubscribe = () => void
/** `window.api.on`: listens to one event; the returned function stops listening. */
export type Subscribe = <E extends EventName>(name: E, listener: EventListener<E>) => Unsubscribe
