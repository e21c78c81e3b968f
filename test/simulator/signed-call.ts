/** Hand-signed requests to the simulator, for the cases pop-core cannot produce (frozen clocks, bad input). */
import { randomUUID } from 'node:crypto'
import { ACTION_VERSIONS, DEMO_CREDENTIALS, signedQuery, type Simulator } from '../../src/simulator'

export interface CallOptions {
  method?: 'GET' | 'POST'
  /** Signing secret; default the demo key's. */
  secret?: string
  accessKeyId?: string
  /** The request's clock: its Timestamp; default Date.now(). */
  at?: number
  /** Extra or overriding parameters; `undefined` removes a common one. */
  params?: Record<string, string | undefined>
  /** Sign for this method while sending with `method`; default the same. */
  signFor?: 'GET' | 'POST'
  /** Sent as is instead of a computed Signature. */
  signature?: string
}

export interface RawAnswer {
  status: number
  headers: Headers
  text: string
  /** The parsed body, or undefined when it is not JSON. */
  body: Record<string, unknown> | undefined
}

export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

export function commonParams(action: string, options: CallOptions = {}): Record<string, string> {
  const version = (ACTION_VERSIONS as Record<string, string>)[action] ?? '2020-07-01'
  const merged: Record<string, string | undefined> = {
    Action: action,
    Format: 'JSON',
    Version: version,
    AccessKeyId: options.accessKeyId ?? DEMO_CREDENTIALS.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Timestamp: isoSeconds(options.at ?? Date.now()),
    ...options.params
  }
  return Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined))
}

export async function call(sim: Simulator, action: string, options: CallOptions = {}): Promise<RawAnswer> {
  const method = options.method ?? 'GET'
  const params = commonParams(action, options)
  let query = signedQuery(params, options.secret ?? DEMO_CREDENTIALS.accessKeySecret, options.signFor ?? method)
  if (options.signature !== undefined) {
    query = query.replace(/&Signature=[^&]*$/, options.signature === '' ? '' : `&Signature=${encodeURIComponent(options.signature)}`)
  }
  const response =
    method === 'GET'
      ? await fetch(`${sim.url}/?${query}`)
      : await fetch(`${sim.url}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: query
        })
  const text = await response.text()
  let body: Record<string, unknown> | undefined
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    body = undefined
  }
  return { status: response.status, headers: response.headers, text, body }
}

/** `Data` (or the 2017 InstanceSummaryReport) of a successful call; throws with the Code otherwise. */
export async function data<T = unknown>(sim: Simulator, action: string, options: CallOptions = {}): Promise<T> {
  const answer = await call(sim, action, options)
  if (answer.status !== 200 || answer.body?.Code !== 'OK') {
    throw new Error(`${action} answered ${answer.status}: ${answer.text.slice(0, 300)}`)
  }
  return (answer.body.Data ?? answer.body.InstanceSummaryReport) as T
}
