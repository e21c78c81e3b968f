/**
 * The contract's second table: events main pushes to the page, each a name and one payload. Zod-free
 * like channels.ts, so the sandboxed preload can import it; the payloads come from main, which the
 * page trusts, so they are typed rather than parsed.
 */
import type { ExportProgress, SessionInfo } from './contract'

export interface EventPayloads {
  /** The export under way, after each call or file; null once it has ended. */
  exportProgress: ExportProgress | null
  /** Main now talks to another account (or the demo): nothing shown of the previous one may stay. */
  sessionChanged: SessionInfo
}

export type EventName = keyof EventPayloads

export const eventNames = ['exportProgress', 'sessionChanged'] as const satisfies readonly EventName[]

// Every event is listed once: a name missing from the list fails the type check.
type Missing = Exclude<EventName, (typeof eventNames)[number]>
export const allEventsListed: Missing extends never ? true : never = true

export const isEventName = (name: unknown): name is EventName => (eventNames as readonly unknown[]).includes(name)

/** The IPC channel string of an event; namespaced apart from the request channels. */
export const ipcEvent = (name: EventName): string => `ccc-supervisor:event:${name}`

export type EventListener<E extends EventName> = (payload: EventPayloads[E]) => void
export type Unsubscribe = () => void
/** `window.api.on`: listens to one event; the returned function stops listening. */
export type Subscribe = <E extends EventName>(name: E, listener: EventListener<E>) => Unsubscribe
