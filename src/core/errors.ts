/**
 * The errors core may show a person: written for them and carrying nothing sensitive, so they may
 * cross IPC and reach a terminal as they are. Anything else is reported as unexpected.
 */
import type { AppError, ErrorParams } from '../shared/result'
import { RangeRuleError } from '../shared/ccc/range-split'

/**
 * An error whose message was written for a person and carries nothing sensitive, so it may cross
 * IPC as it is. Anything else is reported as unexpected.
 */
export abstract class PresentableError extends Error {
  abstract readonly code: string
  /** The values the code's text in the error catalogue names (src/shared/messages/error-texts.ts). */
  params: ErrorParams = {}
  /** The message as the user should read it (with what to do about it). */
  get advice(): string {
    return this.message
  }

  /** What crosses IPC; a CCC answer adds its RequestId. */
  toAppError(): AppError {
    return { code: this.code, message: this.advice, params: this.params }
  }
}

/** A presentable error whose code is given where it is raised, from its family's codes. */
export abstract class CodedError<C extends string = string> extends PresentableError {
  readonly code: C

  /** `message` is the English text for logs; `params` fill the code's text in each language. */
  constructor(code: C, message: string, params: ErrorParams = {}) {
    super(message)
    this.code = code
    this.params = params
  }
}

/**
 * Input refused before any call: a malformed instance ID, an endpoint, a region, a profile field,
 * an aliyun CLI file. Not a CCC answer, so it has no RequestId and is never retried.
 */
export class InputError extends CodedError {
  override readonly name = 'InputError'
}

/** Work the user stopped (a report they left): a notice for whoever still listens, never a failure. */
export class CancelledError extends CodedError {
  override readonly name = 'CancelledError'
}

/**
 * Any thrown value as an AppError safe to show. Unknown errors keep only their class name, since
 * their message may carry anything.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof PresentableError) return error.toAppError()
  if (error instanceof RangeRuleError) return { code: error.code, message: error.message, params: error.params }
  return { code: 'Internal.Unexpected', message: 'An unexpected error occurred; the details were logged.', params: {} }
}

