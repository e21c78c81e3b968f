/** Response bodies in the documented shapes of both API versions, and the gateway's error body. */
import { randomUUID } from 'node:crypto'
import type { ApiVersion } from './actions'
import type { ApiError } from './api-error'

/** `string`: every number and boolean quoted, as the docs' JSON examples show; `number`: JSON types. */
export type NumberStyle = 'string' | 'number'

export const newRequestId = (): string => randomUUID().toUpperCase()

/** A copy with numbers and booleans as strings: the docs quote `"CallsHandled": "7"`, `"Active": "true"`. */
export function quoteScalars(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(quoteScalars)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, quoteScalars(item)]))
  }
  return value
}

/**
 * The envelope keeps its JSON types whatever the payload's style: the SDK models type
 * `HttpStatusCode` as a number and the 2017 API's `Success` as a boolean, in success and error alike.
 */
export function successBody(version: ApiVersion, payload: unknown, requestId: string, style: NumberStyle): unknown {
  const data = style === 'string' ? quoteScalars(payload) : payload
  return version === '2017-07-05'
    ? { RequestId: requestId, Code: 'OK', Success: true, HttpStatusCode: 200, Message: '', InstanceSummaryReport: data }
    : { RequestId: requestId, Code: 'OK', HttpStatusCode: 200, Message: '', Data: data }
}

/**
 * The gateway's error body; 2017-07-05 callers also read `Success`, and 2020-07-01 answers repeat
 * the HTTP status as `HttpStatusCode`, as their success answers do.
 */
export function errorBody(error: ApiError, requestId: string, hostId: string, version: string | undefined): unknown {
  return {
    RequestId: requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    ...(version === '2020-07-01' ? { HttpStatusCode: error.status } : {}),
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=CCC&requestId=${requestId}`,
    ...(version === '2017-07-05' ? { Success: false } : {})
  }
}
