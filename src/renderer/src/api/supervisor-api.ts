/**
 * The only reader of `window.api`. Stores go through here, so tests and a browser host can stand
 * a fake bridge in the same place the preload puts the real one.
 */
import type { SupervisorApi } from '@shared/ipc/contract'
import type { EventListener, EventName, Unsubscribe } from '@shared/ipc/events'
import { packedRows, unpackTables } from '@shared/ipc/wire-tables'
import { fail, type Result } from '@shared/result'
import { nextTask } from '../model/next-task'

/** Codes for failures that happen on the renderer's side of the bridge, before main answers. */
export const BRIDGE_MISSING = 'Renderer.BridgeMissing'
export const BRIDGE_FAILED = 'Renderer.BridgeFailed'

export class BridgeMissingError extends Error {
  readonly code = BRIDGE_MISSING
  constructor() {
    super(
      'window.api is missing: the page was opened without the CCC Supervisor preload script ' +
        '(outside the app window, or the preload failed to load).'
    )
    this.name = 'BridgeMissingError'
  }
}

/** The typed bridge to main. Throws BridgeMissingError when the preload did not run. */
export function api(): SupervisorApi {
  const bridge = (window as Partial<Pick<Window, 'api'>>).api
  if (bridge === undefined || bridge === null) throw new BridgeMissingError()
  return bridge
}

/**
 * Listens to one of main's events. Without the bridge there are no events to hear: nothing is
 * listened to, and the page carries on with what its requests answer.
 */
export function subscribe<E extends EventName>(name: E, listener: EventListener<E>): Unsubscribe {
  try {
    return api().on(name, listener)
  } catch {
    return () => {}
  }
}

/** Rows of tables from which a reply is handed on in a task of its own (a week hourly is 336). */
export const LONG_REPLY_ROWS = 5_000

/**
 * Runs one call on the bridge and always answers with a result: a missing preload or a rejected
 * invoke (main crashed, channel unregistered) becomes an error result like any other. Main sends
 * long lists as tables; they are rows again here, before any store sees them.
 */
export async function callApi<T>(call: (bridge: SupervisorApi) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const reply = await call(api())
    const answer = unpackTables(reply)
    // A long report is unpacked in the task it arrived in and read into figures in the next: both
    // in one task were 35–55 ms of CPU for 180 days of trend (34,560 buckets).
    if (packedRows(reply) >= LONG_REPLY_ROWS) await nextTask()
    return answer
  } catch (error) {
    if (error instanceof BridgeMissingError) return fail({ code: error.code, message: error.message })
    return fail({ code: BRIDGE_FAILED, message: error instanceof Error ? error.message : String(error) })
  }
}
