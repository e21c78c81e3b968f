/**
 * Builds `window.api` from the contract's channel list around one transport. The preload wraps
 * ipcRenderer.invoke with it; the loopback test host wraps fetch with it — so the renderer gets
 * the same object either way and cannot tell the two apart. Zod-free, for the sandboxed preload.
 */
import { channelNames, type ChannelName } from './channels'
import type { SupervisorApi } from './contract'

export type Invoke = (name: ChannelName, input: unknown) => Promise<unknown>

export function createApiBridge(invoke: Invoke): SupervisorApi {
  const entries = channelNames.map((name) => [
    name,
    // Extra arguments are dropped: main receives exactly one input per call.
    (input?: unknown): Promise<unknown> => invoke(name, input)
  ])
  return Object.freeze(Object.fromEntries(entries)) as unknown as SupervisorApi
}
