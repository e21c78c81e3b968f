/**
 * Alibaba Cloud signature v3 (ACS3-HMAC-SHA256), as the gateway computes it: the signature Alibaba's
 * generated SDKs (on @alicloud/openapi-client) send by default. The action and version travel in
 * `x-acs-action` and `x-acs-version`, the key, the signed header names and the signature in the
 * `Authorization` header; the canonical request covers the method, path, query, the signed headers
 * and the SHA-256 of the body.
 */
import { createHash, createHmac } from 'node:crypto'
import { percentEncode } from './signature'

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256'

export interface V3Authorization {
  algorithm: string
  accessKeyId: string
  /** Lower-case header names, in the order the client listed them. */
  signedHeaders: string[]
  signature: string
}

/** `ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=a;b,Signature=hex`, or undefined when it is not one. */
export function parseV3Authorization(header: string): V3Authorization | undefined {
  const match = /^(ACS3-[A-Z0-9-]+)\s+(.*)$/.exec(header.trim())
  if (!match) return undefined
  const fields = new Map<string, string>()
  for (const part of (match[2] ?? '').split(',')) {
    const eq = part.indexOf('=')
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  const accessKeyId = fields.get('Credential')
  const signedHeaders = fields.get('SignedHeaders')
  const signature = fields.get('Signature')
  if (!accessKeyId || signedHeaders === undefined || !signature) return undefined
  return {
    algorithm: match[1] ?? '',
    accessKeyId,
    signedHeaders: signedHeaders.split(';').map((h) => h.trim().toLowerCase()).filter((h) => h !== ''),
    signature
  }
}

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

export interface V3Request {
  method: string
  /** The path as sent, `/` for RPC. */
  path: string
  /** Query pairs, decoded. */
  query: ReadonlyArray<readonly [string, string]>
  /** Lower-case names; repeated headers joined with `,`. */
  headers: Readonly<Record<string, string>>
  signedHeaders: readonly string[]
  /** `x-acs-content-sha256`: the client's hash of the body. */
  payloadHash: string
}

/** Sorted `key=value` pairs, both percent-encoded (RFC 3986). */
function canonicalQuery(query: V3Request['query']): string {
  return query
    .map(([key, value]) => [percentEncode(key), percentEncode(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&')
}

export function canonicalRequest(request: V3Request): string {
  const names = [...request.signedHeaders].sort()
  const headers = names.map((name) => `${name}:${(request.headers[name] ?? '').trim()}\n`).join('')
  return [request.method.toUpperCase(), request.path, canonicalQuery(request.query), headers, names.join(';'), request.payloadHash].join('\n')
}

export function v3StringToSign(request: V3Request): string {
  return `${V3_ALGORITHM}\n${sha256Hex(canonicalRequest(request))}`
}

export function signV3(request: V3Request, accessKeySecret: string): string {
  return createHmac('sha256', accessKeySecret).update(v3StringToSign(request), 'utf8').digest('hex')
}
