/**
 * Alibaba Cloud RPC signature v1 (HMAC-SHA1), as the gateway computes it. The simulator checks
 * requests with it; tests and benchmarks sign requests with it without going through pop-core.
 */
import { createHmac } from 'node:crypto'

export type RpcParams = Readonly<Record<string, string>>

/** RFC 3986 encoding: encodeURIComponent leaves `!'()*` alone, the gateway does not. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Sorted `key=value` pairs, percent-encoded, joined by `&`; the Signature itself is never signed. */
export function canonicalQuery(params: RpcParams): string {
  return Object.keys(params)
    .filter((key) => key !== 'Signature')
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key] ?? '')}`)
    .join('&')
}

/** The canonical query is encoded a second time here, which is why a Timestamp's `:` ends up as `%253A`. */
export function stringToSign(method: string, params: RpcParams): string {
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`
}

export function signRpc(method: string, params: RpcParams, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign(method, params), 'utf8').digest('base64')
}

/**
 * The full encoded parameter string with its Signature appended: a GET query (after `?`) or a
 * POST form body, signed for that method.
 */
export function signedQuery(params: RpcParams, accessKeySecret: string, method: 'GET' | 'POST' = 'GET'): string {
  return `${canonicalQuery(params)}&Signature=${percentEncode(signRpc(method, params, accessKeySecret))}`
}
