/**
 * The CCC simulator: a loopback HTTP server speaking the RPC protocol (GET query or POST form,
 * signature v1 or v3, JSON answers) so the real pop-core and openapi-client run against it unchanged.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { ACTION_VERSIONS, runAction, type ActionName } from './actions'
import { ApiError, THROTTLING_MESSAGE } from './api-error'
import { errorBody, newRequestId, successBody, type NumberStyle } from './envelope'
import { FaultQueue, type Fault, type FaultKind, type Faults } from './faults'
import { Gateway, type Admission, type GatewayRequest, type SimulatorCredential } from './gateway'
import { DEMO_CREDENTIALS } from './demo-account'
import { buildInstances, SIMULATED_INSTANCE_IDS, SIMULATED_INSTANCE_TIME_ZONES } from './instances'
import { TrafficReports } from './reports'

export { DEMO_CREDENTIALS }

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Same seed, same data; default 1. */
  seed?: number
  /** The simulated instances' clock (epoch ms): reports, live state, range limits. Default Date.now. */
  now?: () => number
  /**
   * The gateway's clock: Timestamp skew, nonce memory, flow control. It is the signing clients'
   * clock, so a spec that pins the instances' calendar but signs with a real client keeps Date.now
   * here. Default: `now`, so a spec that freezes the simulator signs at the frozen time.
   */
  gatewayNow?: () => number
  /** Accepted AccessKeys; default [DEMO_CREDENTIALS]. */
  credentials?: SimulatorCredential[]
  /** How numbers and booleans are sent: quoted as in the docs (default) or as JSON types. */
  numbers?: NumberStyle
  /** The table's LongestWaitingTime (default) or the XML example's LongestCall. */
  realtimeLongestField?: 'LongestWaitingTime' | 'LongestCall'
  /** Calls per AccessKeyId and Action in a sliding minute before Throttling.User; default unlimited. */
  rateLimitPerMinute?: number
  /** The clock the request log stamps arrivals with (the soak's simulated one); default `now`. */
  requestClock?: () => number
}

export interface RequestLogEntry {
  action: string
  version: string
  method: string
  /** The signature the request was admitted with; absent when it was refused. */
  signatureVersion?: 'v1' | 'v3'
  /** Every parameter but the Signature. */
  params: Record<string, string>
  /** HTTP status answered; 0 when the connection was dropped. */
  status: number
  /** When the request arrived, on the simulator's request clock (epoch ms): a slow answer is still counted when it was asked. */
  receivedAt: number
  /** The body's Code; null when the answer carried none (dropped, HTML, truncated). */
  code: string | null
  /** The injected fault that shaped the answer, if any. */
  fault?: FaultKind
}

export interface Simulator {
  /** `http://127.0.0.1:PORT`: pop-core's `endpoint`. */
  readonly url: string
  readonly port: number
  readonly credentials: readonly SimulatorCredential[]
  readonly instanceIds: readonly string[]
  /** Instance ID → the IANA zone its days (midnight, Daily buckets) are kept in. */
  readonly instanceTimeZones: Readonly<Record<string, string>>
  /** Answered requests, oldest first (the last 10 000). */
  readonly requests: RequestLogEntry[]
  clearRequests(): void
  readonly faults: Faults
  /** Stops listening and ends every connection, pending delayed answers included. */
  close(): Promise<void>
}

const REQUEST_LOG_LIMIT = 10_000
const BODY_LIMIT_BYTES = 1 << 20

const UNAVAILABLE_HTML =
  '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n' +
  '<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n'

interface Answer {
  status: number
  body: string
  contentType: string
  headers: Record<string, string>
  code: string | null
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > BODY_LIMIT_BYTES) {
        reject(new ApiError(413, 'RequestEntityTooLarge', 'The request body is too large.'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

/** The request as the gateway reads it: query, then a form body's parameters over the query's. */
function gatewayRequest(request: IncomingMessage, url: URL, body: Buffer): GatewayRequest {
  const params: Record<string, string> = Object.fromEntries(url.searchParams)
  if (request.headers['content-type']?.toLowerCase().includes('application/x-www-form-urlencoded')) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))))
  }
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value
  }
  return { method: request.method ?? 'GET', path: url.pathname, query: [...url.searchParams], params, headers, body }
}

const jsonAnswer = (status: number, body: unknown, code: string, headers: Record<string, string> = {}): Answer => ({
  status,
  body: JSON.stringify(body),
  contentType: 'application/json;charset=utf-8',
  headers,
  code
})

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? 1
  const now = options.now ?? Date.now
  const requestClock = options.requestClock ?? now
  const credentials = (options.credentials ?? [DEMO_CREDENTIALS]).map((c) => ({ ...c }))
  const numbers = options.numbers ?? 'string'
  const realtimeLongestField = options.realtimeLongestField ?? 'LongestWaitingTime'
  const instances = buildInstances(seed)
  const reports = new TrafficReports(seed)
  const gateway = new Gateway({ credentials, now: options.gatewayNow ?? now, rateLimitPerMinute: options.rateLimitPerMinute })
  const faults = new FaultQueue()
  const requests: RequestLogEntry[] = []
  const sockets = new Set<Socket>()
  const pendingDelays = new Set<() => void>()
  let closed = false

  function errorAnswer(error: ApiError, hostId: string, version: string | undefined): Answer {
    const requestId = newRequestId()
    return jsonAnswer(error.status, errorBody(error, requestId, hostId, version), error.code, {
      'x-acs-request-id': requestId,
      ...error.headers
    })
  }

  function successAnswer(action: ActionName, params: Readonly<Record<string, string>>): Answer {
    const payload = runAction(action, params, { seed, instances, reports, now: now(), realtimeLongestField })
    const requestId = newRequestId()
    return jsonAnswer(200, successBody(ACTION_VERSIONS[action], payload, requestId, numbers), 'OK', {
      'x-acs-request-id': requestId
    })
  }

  function faultAnswer(fault: Fault, hostId: string, version: string | undefined): Answer | undefined {
    switch (fault.kind) {
      case 'throttle': {
        const headers: Record<string, string> =
          fault.retryAfterMs !== undefined ? { 'x-acs-retry-after': String(fault.retryAfterMs) } : {}
        return errorAnswer(new ApiError(400, fault.code ?? 'Throttling.User', THROTTLING_MESSAGE, headers), hostId, version)
      }
      case 'internalError':
        return errorAnswer(
          new ApiError(
            500,
            fault.code ?? 'InternalService.Error',
            'The request processing has failed due to some unknown error.'
          ),
          hostId,
          version
        )
      case 'http5xx':
        return { status: 503, body: UNAVAILABLE_HTML, contentType: 'text/html', headers: {}, code: null }
      default:
        return undefined
    }
  }

  /** Resolves after `ms`, or at once when the simulator closes. */
  function delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = (): void => {
        clearTimeout(timer)
        pendingDelays.delete(finish)
        resolve()
      }
      const timer = setTimeout(finish, ms)
      pendingDelays.add(finish)
    })
  }

  function record(request: GatewayRequest, receivedAt: number, status: number, code: string | null, fault?: Fault, admitted?: Admission): void {
    const { Signature: _signature, ...logged } = request.params
    requests.push({
      action: admitted?.action ?? request.params.Action ?? request.headers['x-acs-action'] ?? '',
      version: request.params.Version ?? request.headers['x-acs-version'] ?? '',
      method: request.method,
      ...(admitted ? { signatureVersion: admitted.signatureVersion } : {}),
      params: logged,
      status,
      receivedAt,
      code,
      ...(fault ? { fault: fault.kind } : {})
    })
    if (requests.length > REQUEST_LOG_LIMIT) requests.splice(0, requests.length - REQUEST_LOG_LIMIT)
  }

  /**
   * The answer to one request, or `null` when the connection is to be dropped. Faults hit only
   * requests the gateway admits, so a refused request (bad key, signature, nonce…) never uses one up.
   */
  async function answerFor(request: GatewayRequest, receivedAt: number, hostId: string): Promise<Answer | null> {
    let fault: Fault | undefined
    let answer: Answer
    let admitted: Admission | undefined
    const version = request.params.Version ?? request.headers['x-acs-version']
    try {
      if (request.path !== '/' || (request.method !== 'GET' && request.method !== 'POST')) {
        throw new ApiError(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.')
      }
      admitted = gateway.admit(request)
      fault = faults.take(admitted.action)
      if (fault?.kind === 'drop') {
        record(request, receivedAt, 0, null, fault, admitted)
        return null
      }
      if (fault?.kind === 'latency') await delay(fault.latencyMs ?? 1000)
      if (closed) return null
      answer = (fault && faultAnswer(fault, hostId, version)) ?? successAnswer(admitted.action, request.params)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      answer = errorAnswer(error, hostId, version)
    }
    if (fault?.kind === 'malformed') {
      // Cut mid-body: the JSON can never parse, as when a proxy truncates an answer.
      const cut = Math.max(1, Math.floor(answer.body.length / 2))
      answer = { ...answer, status: 200, body: answer.body.slice(0, cut), code: null }
    }
    record(request, receivedAt, answer.status, answer.code, fault, admitted)
    return answer
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const hostId = incoming.headers.host ?? '127.0.0.1'
    let request: GatewayRequest | undefined
    let result: Answer | null
    let receivedAt = requestClock()
    try {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
      const body = incoming.method === 'POST' ? await readBody(incoming) : Buffer.alloc(0)
      request = gatewayRequest(incoming, url, body)
      receivedAt = requestClock()
      result = await answerFor(request, receivedAt, hostId)
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError(500, 'InternalService.Error', `The simulator failed: ${(error as Error).message}`)
      request ??= { method: incoming.method ?? 'GET', path: '/', query: [], params: {}, headers: {}, body: Buffer.alloc(0) }
      result = errorAnswer(apiError, hostId, request.params.Version)
      record(request, receivedAt, result.status, result.code)
    }
    if (result === null || response.destroyed) {
      incoming.socket.destroy()
      return
    }
    response.writeHead(result.status, {
      // The instances' clock, not Node's: StateTime and Date then agree, as they do on CCC.
      date: new Date(now()).toUTCString(),
      'content-type': result.contentType,
      'content-length': Buffer.byteLength(result.body),
      ...result.headers
    })
    response.end(result.body)
  }

  const server = createServer((request, response) => {
    void handle(request, response)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    credentials,
    instanceIds: SIMULATED_INSTANCE_IDS,
    instanceTimeZones: SIMULATED_INSTANCE_TIME_ZONES,
    requests,
    clearRequests: () => {
      requests.length = 0
    },
    faults,
    close: async () => {
      if (closed) return
      closed = true
      const closing = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const finish of [...pendingDelays]) finish()
      server.closeAllConnections()
      for (const socket of sockets) socket.destroy()
      await closing
    }
  }
}
