/**
 * Builds `window.api` from the contract's channel list around one transport. The preload wraps
 * ipcRenderer.invoke with it; the loopback test host wraps fetch with it — so the renderer gets
 * the same object either way and cannot tell the two apart. Zod-free, for the sandboxed preload.
 */
import { channelNames, type ChannelName } from './channels'
import type { SupervisorApi } from './contract'
import { isEventName, type EventName, type Unsubscribe } from './events'

export type Invoke = (name: ChannelName, input: unknown) => Promise<unknown>
/** Delivers one event's payloads to `listener` until the returned function is called. */
export type Listen = (name: EventName, listener: (payload: unknown) => void) => Unsubscribe

export function createApiBridge(invoke: Invoke, listen: Listen): SupervisorApi {
  const entries = channelNames.map((name) => [
    name,
    // Extra arguments are dropped: main receives exactly one input per call.
    (input?: unknown): Promise<unknown> => invoke(name, input)
  ])
  const on = (name: unknown, listener: unknown): Unsubscribe => {
    // Only the contract's events, and only a function: nothing generic reaches the transport.
    if (!isEventName(name)) throw new TypeError(`There is no event named ${String(name).slice(0, 40)}.`)
    if (typeof listener !== 'function') throw new TypeError('An event listener must be a function.')
    return listen(name, (payload) => (listener as (payload: unknown) => void)(payload))
  }
  return Object.freeze({ ...Object.fromEntries(entries), on }) as unknown as SupervisorApi
}
