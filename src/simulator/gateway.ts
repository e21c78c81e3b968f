/**
 * The API gateway in front of CCC: common parameters, AccessKey, signature, security token,
 * timestamp, nonce, action, version and flow control, checked in the gateway's order.
 */
import { timingSafeEqual } from 'node:crypto'
import { ApiError, THROTTLING_MESSAGE } from './api-error'
import { ACTION_VERSIONS, isActionName, type ActionName } from './actions'
import { signRpc, stringToSign, type RpcParams } from './signature'
import { parseV3Authorization, sha256Hex, signV3, V3_ALGORITHM, v3StringToSign, type V3Request } from './signature-v3'

const tokenMismatch = (): ApiError => new ApiError(400, 'InvalidSecurityToken.Mismatch', 'Specified SecurityToken mismatch with the AccessKey.')

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
  /** Nonces remembered per AccessKey at most (default 100 000). */
  nonceLimit?: number
}

/** Signature v1's common parameters, checked in the gateway's order. */
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
/** Signature v3's headers that must be present and signed. */
const V3_REQUIRED_HEADERS = ['x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'] as const

const SUPPORTED = 'signature v3 (Authorization: ACS3-HMAC-SHA256 …) or signature v1 (SignatureMethod=HMAC-SHA1, SignatureVersion=1.0)'

/** Clock skew the gateway tolerates, and how long it remembers a nonce. */
export const TIMESTAMP_TOLERANCE_MS = 15 * 60_000
const RATE_WINDOW_MS = 60_000
/** Nonces remembered per AccessKey at most: a flood of new nonces cannot grow the store without bound. */
const DEFAULT_NONCE_LIMIT = 100_000
/**
 * How long a nonce is remembered. A timestamp up to 15 minutes ahead is accepted and stays valid
 * until 15 minutes after it, so a request can be replayed for up to 30 minutes after it was seen.
 */
const NONCE_MEMORY_MS = 2 * TIMESTAMP_TOLERANCE_MS
const NONCE_MAX_LENGTH = 128

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

/** One request as the gateway sees it. */
export interface GatewayRequest {
  method: string
  /** The URL's path as sent. */
  path: string
  /** Query pairs as sent, decoded: signature v3 signs the query alone. */
  query: ReadonlyArray<readonly [string, string]>
  /** Query parameters with a form body's over them: what signature v1 signs, and the action's parameters. */
  params: Readonly<Record<string, string>>
  /** Lower-case names. */
  headers: Readonly<Record<string, string>>
  /** The body's bytes, which signature v3 hashes. */
  body: Uint8Array
}

export interface Admission {
  action: ActionName
  credential: SimulatorCredential
  signatureVersion: 'v1' | 'v3'
}

const incompleteSignature = (detail: string): ApiError =>
  new ApiError(400, 'IncompleteSignature', `The request signature does not conform to Aliyun standards: ${detail}`)

const missingParameter = (name: string): ApiError =>
  new ApiError(400, 'MissingParameter', `The input parameter "${name}" that is mandatory for processing this request is not supplied.`)

/** Nonces of one AccessKey in the order they were used, so the expired ones are always at the front. */
class NonceMemory {
  private readonly seen = new Map<string, number>()

  constructor(private readonly limit: number) {}

  /** Throws SignatureNonceUsed for a nonce seen within the memory, and refuses a new one when full. */
  check(nonce: string, now: number): void {
    // Expire from the front only: each nonce is dropped once, never scanned again.
    for (const [old, at] of this.seen) {
      if (now - at <= NONCE_MEMORY_MS) break
      this.seen.delete(old)
    }
    const at = this.seen.get(nonce)
    if (at !== undefined && Math.abs(now - at) <= NONCE_MEMORY_MS) {
      throw new ApiError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.')
    }
    // Forgetting a live nonce would reopen its replay: a key that floods is held back instead.
    if (at === undefined && this.seen.size >= this.limit) {
      throw new ApiError(400, 'Throttling.User', THROTTLING_MESSAGE, { 'x-acs-retry-after': String(60_000) })
    }
  }

  /** Remembers a nonce of an admitted request; re-inserted at the back, so the order stays the order of use. */
  remember(nonce: string, now: number): void {
    this.seen.delete(nonce)
    this.seen.set(nonce, now)
  }

  get size(): number {
    return this.seen.size
  }
}

export class Gateway {
  private readonly nonces = new Map<string, NonceMemory>()
  private readonly calls = new Map<string, number[]>()

  constructor(private readonly options: GatewayOptions) {}

  /** Lets a request through to CCC, or throws the ApiError the gateway answers with. */
  admit(request: GatewayRequest): Admission {
    const authorization = request.headers.authorization
    if (authorization !== undefined && authorization !== '') return this.admitV3(request, authorization)
    if (request.params.Signature === undefined && request.headers['x-acs-action'] !== undefined && request.params.Action === undefined) {
      // An SDK-style request (action in the header) that carries no signature at all.
      throw incompleteSignature(`the request is not signed; use ${SUPPORTED}.`)
    }
    return this.admitV1(request.method, request.params)
  }

  private admitV1(method: string, params: RpcParams): Admission {
    for (const name of COMMON_PARAMETERS) {
      if (params[name] !== undefined && params[name] !== '') continue
      if (SIGNATURE_PARAMETERS.has(name)) throw incompleteSignature(`${name} is missing.`)
      throw missingParameter(name)
    }
    if (params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0') {
      throw incompleteSignature(
        `SignatureMethod ${params.SignatureMethod?.slice(0, 40)} with SignatureVersion ${params.SignatureVersion?.slice(0, 20)} is not supported; use ${SUPPORTED}.`
      )
    }
    const credential = this.credentialFor(params.AccessKeyId ?? '')
    const expected = signRpc(method, params, credential.accessKeySecret)
    if (!sameText(expected, params.Signature ?? '')) {
      throw new ApiError(
        400,
        'SignatureDoesNotMatch',
        `Specified signature is not matched with our calculation. server string to sign is:${stringToSign(method, params)}`
      )
    }
    if (credential.securityToken !== undefined && params.SecurityToken !== credential.securityToken) throw tokenMismatch()
    const now = this.checkTimestamp(params.Timestamp ?? '')
    return this.route(credential, params.SignatureNonce ?? '', params.Action ?? '', params.Version, now, 'v1')
  }

  private admitV3(request: GatewayRequest, header: string): Admission {
    const auth = parseV3Authorization(header)
    if (!auth) throw incompleteSignature(`the Authorization header is not one of ${SUPPORTED}.`)
    if (auth.algorithm !== V3_ALGORITHM) {
      throw incompleteSignature(`the signature algorithm ${auth.algorithm.slice(0, 40)} is not supported; use ${SUPPORTED}.`)
    }
    for (const name of V3_REQUIRED_HEADERS) {
      if (!request.headers[name]) throw missingParameter(name)
    }
    // Whatever decides the request's meaning is signed: the content type says whether the body's
    // parameters count, and every x-acs- header (the security token among them) is the gateway's.
    const acsHeaders = Object.keys(request.headers).filter((name) => name.startsWith('x-acs-'))
    const mustSign = [...new Set([...V3_REQUIRED_HEADERS, 'host', ...(request.headers['content-type'] ? ['content-type'] : []), ...acsHeaders])]
    const unsigned = mustSign.find((name) => !auth.signedHeaders.includes(name))
    if (unsigned) throw incompleteSignature(`the header ${unsigned} must be signed.`)
    const payloadHash = request.headers['x-acs-content-sha256'] ?? ''
    if (payloadHash !== sha256Hex(request.body)) {
      throw new ApiError(400, 'SignatureDoesNotMatch', 'The x-acs-content-sha256 header is not the SHA-256 of the request body.')
    }

    const credential = this.credentialFor(auth.accessKeyId)
    const signed: V3Request = {
      method: request.method,
      path: request.path,
      query: request.query,
      headers: request.headers,
      signedHeaders: auth.signedHeaders,
      payloadHash
    }
    if (!sameText(signV3(signed, credential.accessKeySecret), auth.signature)) {
      throw new ApiError(
        400,
        'SignatureDoesNotMatch',
        `Specified signature is not matched with our calculation. server string to sign is:${v3StringToSign(signed)}`
      )
    }
    if (credential.securityToken !== undefined && request.headers['x-acs-security-token'] !== credential.securityToken) throw tokenMismatch()
    const now = this.checkTimestamp(request.headers['x-acs-date'] ?? '')
    return this.route(credential, request.headers['x-acs-signature-nonce'] ?? '', request.headers['x-acs-action'] ?? '', request.headers['x-acs-version'], now, 'v3')
  }

  private credentialFor(accessKeyId: string): SimulatorCredential {
    const credential = this.options.credentials.find((c) => c.accessKeyId === accessKeyId)
    if (!credential) throw new ApiError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.')
    return credential
  }

  /** The gateway's now, once the request's own time is within the tolerance of it. */
  private checkTimestamp(value: string): number {
    const timestamp = parseIsoTimestamp(value)
    if (timestamp === undefined) {
      throw new ApiError(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.')
    }
    const now = this.options.now()
    if (Math.abs(timestamp - now) > TIMESTAMP_TOLERANCE_MS) {
      throw new ApiError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.')
    }
    return now
  }

  /**
   * The checks after the signature: nonce, action, version, flow control. The nonce and the
   * budget are spent together, once every check has passed: a refused request spends neither.
   */
  private route(
    credential: SimulatorCredential,
    nonce: string,
    action: string,
    version: string | undefined,
    now: number,
    signatureVersion: 'v1' | 'v3'
  ): Admission {
    if (nonce.length > NONCE_MAX_LENGTH) throw incompleteSignature(`the signature nonce is longer than ${NONCE_MAX_LENGTH} characters.`)
    const nonces = this.nonceMemory(credential.accessKeyId)
    nonces.check(nonce, now)
    if (!isActionName(action)) {
      throw new ApiError(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.')
    }
    if (version !== ACTION_VERSIONS[action]) {
      throw new ApiError(400, 'InvalidVersion', 'Specified parameter Version is not valid.')
    }
    this.countCall(credential.accessKeyId, action, now)
    nonces.remember(nonce, now)
    return { action, credential, signatureVersion }
  }

  /** Nonces remembered for an AccessKey now: bounded, and expired ones are gone. */
  noncesHeld(accessKeyId: string): number {
    return this.nonces.get(accessKeyId)?.size ?? 0
  }

  private nonceMemory(accessKeyId: string): NonceMemory {
    let memory = this.nonces.get(accessKeyId)
    if (!memory) {
      memory = new NonceMemory(this.options.nonceLimit ?? DEFAULT_NONCE_LIMIT)
      this.nonces.set(accessKeyId, memory)
    }
    return memory
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
