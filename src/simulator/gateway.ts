/**
 * The API gateway in front of CCC: common parameters, AccessKey, signature, security token,
 * timestamp, nonce, action, version and flow control, checked in the gateway's order.
 */
import { timingSafeEqual } from 'node:crypto'
import { ApiError, THROTTLING_MESSAGE } from './api-error'
import { ACTION_VERSIONS, isActionName, type ActionName } from './actions'
import { signRpc, stringToSign, type RpcParams } from './signature'

export interface SimulatorCredential {
  accessKeyId: string
  accessKeySecret: string
  /** When set, the request must carry this SecurityToken (an STS credential). */
  securityToken?: string
}

export interface GatewayOptions {
  credentials: readonly SimulatorCredential[]
  now: () => number
  /** Calls per AccessKeyId and Action in any sliding minute; undefined = unlimited. */
  rateLimitPerMinute?: number
}

const COMMON_PARAMETERS = [
  'Action',
  'AccessKeyId',
  'Signature',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'Timestamp',
  'Version'
] as const
const SIGNATURE_PARAMETERS = new Set(['Signature', 'SignatureMethod', 'SignatureVersion'])

/** Clock skew the gateway tolerates, and how long it remembers a nonce. */
export const TIMESTAMP_TOLERANCE_MS = 15 * 60_000
const RATE_WINDOW_MS = 60_000

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/

/** Epoch ms of an ISO-8601 UTC timestamp (`2016-02-23T12:46:24Z`), or undefined if it is not one. */
export function parseIsoTimestamp(value: string): number | undefined {
  const match = ISO_UTC.exec(value)
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) + Math.round(Number(match[7] ?? 0) * 1000)
  const check = new Date(ms)
  // Date.UTC rolls 2024-02-31 over to March: a rollover means the date was not real.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return undefined
  }
  return ms
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

export interface Admission {
  action: ActionName
  credential: SimulatorCredential
}

export class Gateway {
  private readonly nonces = new Map<string, Map<string, number>>()
  private readonly calls = new Map<string, number[]>()

  constructor(private readonly options: GatewayOptions) {}

  /** Lets a request through to CCC, or throws the ApiError the gateway answers with. */
  admit(method: string, params: RpcParams): Admission {
    for (const name of COMMON_PARAMETERS) {
      if (params[name] !== undefined && params[name] !== '') continue
      if (SIGNATURE_PARAMETERS.has(name)) {
        throw new ApiError(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.')
      }
      throw new ApiError(
        400,
        'MissingParameter',
        `The input parameter "${name}" that is mandatory for processing this request is not supplied.`
      )
    }
    if (params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0') {
      throw new ApiError(
        400,
        'IncompleteSignature',
        'The request signature does not conform to Aliyun standards: only HMAC-SHA1, version 1.0, is supported.'
      )
    }

    const accessKeyId = params.AccessKeyId ?? ''
    const credential = this.options.credentials.find((c) => c.accessKeyId === accessKeyId)
    if (!credential) throw new ApiError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.')

    const expected = signRpc(method, params, credential.accessKeySecret)
    if (!sameText(expected, params.Signature ?? '')) {
      throw new ApiError(
        400,
        'SignatureDoesNotMatch',
        `Specified signature is not matched with our calculation. server string to sign is:${stringToSign(method, params)}`
      )
    }

    if (credential.securityToken !== undefined && params.SecurityToken !== credential.securityToken) {
      throw new ApiError(400, 'InvalidSecurityToken.Mismatch', 'Specified SecurityToken mismatch with the AccessKey.')
    }

    const timestamp = parseIsoTimestamp(params.Timestamp ?? '')
    if (timestamp === undefined) {
      throw new ApiError(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.')
    }
    const now = this.options.now()
    if (Math.abs(timestamp - now) > TIMESTAMP_TOLERANCE_MS) {
      throw new ApiError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.')
    }

    this.useNonce(accessKeyId, params.SignatureNonce ?? '', now)

    const action = params.Action ?? ''
    if (!isActionName(action)) {
      throw new ApiError(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.')
    }
    if (params.Version !== ACTION_VERSIONS[action]) {
      throw new ApiError(400, 'InvalidVersion', 'Specified parameter Version is not valid.')
    }

    this.countCall(accessKeyId, action, now)
    return { action, credential }
  }

  private useNonce(accessKeyId: string, nonce: string, now: number): void {
    let seen = this.nonces.get(accessKeyId)
    if (!seen) {
      seen = new Map()
      this.nonces.set(accessKeyId, seen)
    }
    const at = seen.get(nonce)
    if (at !== undefined && Math.abs(now - at) <= TIMESTAMP_TOLERANCE_MS) {
      throw new ApiError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.')
    }
    if (seen.size >= 10_000) {
      for (const [old, when] of seen) if (Math.abs(now - when) > TIMESTAMP_TOLERANCE_MS) seen.delete(old)
    }
    seen.set(nonce, now)
  }

  /** Sliding-window flow control over admitted calls; a refused call does not use up the budget. */
  private countCall(accessKeyId: string, action: string, now: number): void {
    const limit = this.options.rateLimitPerMinute
    if (limit === undefined) return
    const key = `${accessKeyId}|${action}`
    const recent = (this.calls.get(key) ?? []).filter((at) => at > now - RATE_WINDOW_MS && at <= now)
    this.calls.set(key, recent)
    if (recent.length >= limit) {
      const oldest = recent[0] ?? now
      const retryAfterMs = Math.max(1, oldest + RATE_WINDOW_MS - now)
      throw new ApiError(400, 'Throttling.User', THROTTLING_MESSAGE, { 'x-acs-retry-after': String(retryAfterMs) })
    }
    recent.push(now)
  }
}
