/** What a CCC call can fail with, already safe to show: the API's answers and the network's. */
import type { AppError, ErrorParams } from '../../shared/result'
import { PresentableError } from '../errors'
import { EN_ERRORS } from '../../shared/messages/error-texts'
import { boundEndpointMessage, boundEndpointToken } from './endpoint-text'

/** How a failure should be handled: only `throttle` and `transient` are ever retried. */
export type FailureKind = 'throttle' | 'transient' | 'auth' | 'parameter' | 'service'

const THROTTLE_CODES = new Set(['Throttling', 'Throttling.User', 'Throttling.Api', 'ServiceUnavailable'])
const AUTH_CODES = new Set([
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidAccessKeyId.NotFound',
  'InvalidAccessKeyId.Inactive',
  'InvalidAccessKeyId',
  'InvalidTimeStamp.Expired',
  'InvalidTimeStamp.Format',
  'SignatureNonceUsed',
  'InvalidSecurityToken.Expired',
  'InvalidSecurityToken.Mismatch',
  'InvalidSecurityToken.Malformed',
  'Forbidden.RAM',
  'Forbidden'
])

export function classifyCode(code: string, httpStatus?: number): FailureKind {
  if (THROTTLE_CODES.has(code) || code.startsWith('Throttling')) return 'throttle'
  if (AUTH_CODES.has(code) || code.startsWith('Permission.') || code.startsWith('Forbidden')) return 'auth'
  if (code.startsWith('InternalService') || code.startsWith('InternalError') || code === 'ServiceTimeout') {
    return 'transient'
  }
  if (httpStatus !== undefined && httpStatus >= 500) return 'transient'
  if (code.startsWith('Parameter.') || code.startsWith('NotExists.') || code === 'MissingParameter') {
    return 'parameter'
  }
  return 'service'
}

/** The codes whose catalogue text (src/shared/messages) is the whole advice, in English for logs and terminals. */
const CATALOGUE_HINTS = [
  'Throttling.User',
  'Throttling.Api',
  'Throttling',
  'SignatureDoesNotMatch',
  'InvalidAccessKeyId.NotFound',
  'InvalidAccessKeyId.Inactive',
  'InvalidTimeStamp.Expired',
  'InvalidSecurityToken.Expired',
  'Forbidden.RAM'
] as const

/** What a person can do about a code, appended to the API's own message. */
const HINTS: Record<string, string> = {
  ...Object.fromEntries(CATALOGUE_HINTS.map((code) => [code, EN_ERRORS[code]])),
  'NotExists.InstanceId': 'Check the instance ID in the CCC console.',
  'Network.Unreachable': 'Check the network connection and the endpoint.',
  'Network.Timeout': 'CCC did not answer in time; the network may be slow.'
}

export class CccError extends PresentableError {
  readonly code: string
  readonly requestId: string | undefined
  readonly httpStatus: number | undefined
  readonly kind: FailureKind
  /** From the gateway's `x-acs-retry-after` header, when it sent one. */
  readonly retryAfterMs: number | undefined
  /** CCC's own Message, when the failure is CCC's answer (not the client's finding). */
  readonly apiMessage: string | undefined

  constructor(init: {
    code: string
    message: string
    /** Set when `message` is CCC's own Message: it is shown as the API's text, after ours. */
    apiMessage?: string | undefined
    params?: ErrorParams
    requestId?: string | undefined
    httpStatus?: number | undefined
    kind?: FailureKind
    retryAfterMs?: number | undefined
  }) {
    // The one place an answer's text enters: every terminal, log and page after it gets it clean and bounded.
    super(boundEndpointMessage(init.message))
    this.name = 'CccError'
    this.code = boundEndpointToken(init.code)
    this.requestId = init.requestId === undefined ? undefined : boundEndpointToken(init.requestId)
    this.httpStatus = init.httpStatus
    this.kind = init.kind ?? classifyCode(this.code, init.httpStatus)
    this.retryAfterMs = init.retryAfterMs
    this.apiMessage = init.apiMessage === undefined ? undefined : boundEndpointMessage(init.apiMessage)
    this.params = init.params ?? {}
    // ServiceUnavailable's text names the gateway's error status it came with; without one (CCC's
    // code in a 200, say) it names the code, so the text stays ours, in the page's language.
    if (this.code === 'ServiceUnavailable' && this.params.status === undefined) {
      const status = this.httpStatus !== undefined && this.httpStatus >= 500 ? `HTTP ${this.httpStatus}` : this.code
      this.params = { ...this.params, status }
    }
  }

  get retryable(): boolean {
    return this.kind === 'throttle' || this.kind === 'transient'
  }

  /**
   * The message with its hint, as a person should read it. For a refused key the hint is the
   * fault, so it comes first, and the API's own text (often about its string to sign) after.
   */
  override get advice(): string {
    const hint = HINTS[this.code]
    if (!hint || this.message.includes(hint)) return this.message
    return this.kind === 'auth' ? `${hint} CCC said: ${this.message}`.trim() : `${this.message} ${hint}`.trim()
  }

  override toAppError(): AppError {
    const error: AppError = { code: this.code, message: this.advice, params: this.params }
    if (this.apiMessage !== undefined) error.apiMessage = this.apiMessage
    if (this.requestId) error.requestId = this.requestId
    return error
  }
}
