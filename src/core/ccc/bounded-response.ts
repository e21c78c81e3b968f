/**
 * Reading one CCC answer within bounds (pop-core's `readResponse` request option, see patches/).
 * An endpoint is hostile until bounded: the body is capped while it streams in, a compressed body
 * the client never asked for is refused before a byte is inflated (a 1 MB gzip bomb inflates to
 * gigabytes), and an answer that fails or times out has its response and socket destroyed, so
 * nothing keeps streaming into memory behind a rejected promise or a retry.
 */
import type { IncomingMessage } from 'node:http'
import { CccError } from './errors'

/**
 * Far above any answer CCC sends (ccc-large's 366 KB GetInstance, a 10-day hourly report's
 * 0.5 MB) and far below what would hurt a long-running main process once parsed.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024

/** pop-core's `readResponse(response, read)`: `read` is httpx's own read of the body. */
export type ReadResponse = (response: IncomingMessage, read: (response: IncomingMessage) => Promise<Buffer>) => Promise<Buffer>

const MB = 1024 * 1024

function requestIdOf(response: IncomingMessage): string | undefined {
  const id = response.headers['x-acs-request-id']
  // Only an ID-shaped value is echoed to the user.
  return typeof id === 'string' && /^[\w-]{1,128}$/.test(id) ? id : undefined
}

function tooLarge(action: string, maxBytes: number, response: IncomingMessage): CccError {
  return new CccError({
    code: 'Response.TooLarge',
    message: `The answer to ${action} was larger than ${Math.max(1, Math.round(maxBytes / MB))} MB, far more than CCC sends; it was not read. Check the endpoint: a proxy or another server may be answering.`,
    params: { action, mb: Math.max(1, Math.round(maxBytes / MB)) },
    requestId: requestIdOf(response),
    httpStatus: response.statusCode,
    kind: 'service'
  })
}

/** A reader for one attempt at `action`, refusing bodies over `maxBytes`. */
export function boundedReader(action: string, maxBytes: number): ReadResponse {
  return async (response, read) => {
    // Once refused or failed, whatever the socket still says is of no interest.
    response.on('error', () => {})
    const encoding = response.headers['content-encoding']?.trim().toLowerCase()
    if (encoding && encoding !== 'identity') {
      response.destroy()
      throw new CccError({
        code: 'Response.Compressed',
        message: `The answer to ${action} came compressed (${encoding.slice(0, 20)}) although the client never asks for compression; it was not read. Check the endpoint: a proxy or another server may be answering.`,
        params: { action, encoding: encoding.slice(0, 20) },
        requestId: requestIdOf(response),
        httpStatus: response.statusCode,
        kind: 'service'
      })
    }
    if (Number(response.headers['content-length']) > maxBytes) {
      response.destroy()
      throw tooLarge(action, maxBytes, response)
    }
    let size = 0
    // Attached before httpx's own listener, in the same tick, so it counts every chunk.
    response.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes && !response.destroyed) response.destroy(tooLarge(action, maxBytes, response))
    })
    let body: Buffer
    try {
      body = await read(response)
    } catch (error) {
      // httpx only rejects on its read timeout; the body would stream on into memory.
      response.destroy()
      throw error
    }
    const status = response.statusCode ?? 0
    // A 5xx with an HTML page or nothing came from CCC's gateway or a proxy, not from CCC's API:
    // said as what it is (and retried), not as an answer CCC could not write.
    if (status >= 500 && !body.toString('utf8', 0, 64).trimStart().startsWith('{')) throw unavailable(action, status, response)
    return body
  }
}

function unavailable(action: string, status: number, response: IncomingMessage): CccError {
  return new CccError({
    // Whatever the 5xx (a 502 or 504 from a proxy as well as a 503): the fault a person can act on is the same.
    code: 'ServiceUnavailable',
    message: `CCC or its gateway is unavailable (HTTP ${status}): ${action} was answered with an error page instead of CCC's answer.`,
    requestId: requestIdOf(response),
    httpStatus: status,
    kind: 'transient'
  })
}
