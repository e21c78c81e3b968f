/**
 * The IPC gate, without Electron: refuses unknown channels and untrusted senders, parses every
 * input with the contract's schema, runs the handler and answers with a result object. ipcMain
 * serves it in the app; a loopback host serves the same function in browser tests.
 */
import type { z } from 'zod'
import {
  contract,
  type ChannelName,
  type ChannelOutput,
  type ParsedInput
} from '../../shared/ipc/contract'
import { fail, ok, type Result } from '../../shared/result'
import { toAppError } from '../errors'
import { redact } from '../ccc/redact'

export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>>
}

/** Who sent a message: the frame's URL and whether it is the window's top frame. */
export interface SenderInfo {
  frameUrl: string | undefined
  isMainFrame: boolean
}

export interface DispatchOptions {
  isTrustedSender: (sender: SenderInfo) => boolean
  /** Receives already-redacted lines. */
  log?: (line: string) => void
}

export type Dispatch = (channel: string, input: unknown, sender: SenderInfo) => Promise<Result<unknown>>

const isChannel = (name: string): name is ChannelName => Object.prototype.hasOwnProperty.call(contract, name)

/** A zod failure as one readable sentence, naming fields but never echoing their values. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
}

export function createDispatch(handlers: Handlers, options: DispatchOptions): Dispatch {
  const log = options.log ?? (() => {})
  return async (channel, input, sender) => {
    if (!isChannel(channel)) {
      log(`ipc: refused unknown channel ${JSON.stringify(channel.slice(0, 64))}`)
      return fail({ code: 'Ipc.UnknownChannel', message: 'This request is not part of the app.' })
    }
    if (!options.isTrustedSender(sender)) {
      log(`ipc: refused ${channel} from an untrusted frame`)
      return fail({ code: 'Ipc.ForbiddenSender', message: 'Requests are only accepted from the app window.' })
    }
    const parsed = contract[channel].input.safeParse(input)
    if (!parsed.success) {
      return fail({ code: 'Input.Invalid', message: `Invalid request: ${describeIssues(parsed.error)}` })
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>
      return ok(await handler(parsed.data))
    } catch (error) {
      const appError = toAppError(error)
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      log(redact(`ipc: ${channel} failed with ${appError.code}${appError.requestId ? ` (RequestId ${appError.requestId})` : ''}: ${detail}`))
      return fail(appError)
    }
  }
}
