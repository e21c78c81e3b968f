/**
 * The loopback test host: serves the browser build of the renderer, answers its API calls with
 * core's real dispatch and handler table, and streams core's events to it as Server-Sent Events
 * (`/events`), as main sends them to its window. A dev/test tool, never part of the packaged app:
 * bound to 127.0.0.1, every call must carry the run's random token, and requests must name this
 * host exactly (no DNS-rebinding) and come from its own origin.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { MAX_SNAPSHOT_TEXT } from '../shared/export-formats'
import { stringifyJson } from '../shared/json'
import { packTables } from '../shared/ipc/wire-tables'
import { createDispatch, type Dispatch } from '../core/ipc/dispatch'
import type { Services } from '../core/services'
import { APP_ORIGIN, contentSecurityPolicy, isTrustedIpcSender } from '../core/security-policy'
import { sameSecret } from '../core/secret-compare'

export interface TestHostOptions {
  /** The browser build of the renderer (out/web). */
  webRoot: string
  services: Services
  port?: number
  log?: (line: string) => void
}

export interface TestHost {
  origin: string
  token: string
  /** The page to open, token included; append a hash route such as `#/profiles`. */
  url: string
  /** Every dispatched call's channel, for tests that count them. */
  calls: string[]
  /** Pages listening to the event stream now. */
  readonly eventStreams: number
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}
const MAX_BODY = 1 << 20
/**
 * A dropped snapshot comes as `{"input":{"name","text"}}`: the app takes MAX_SNAPSHOT_TEXT UTF-16
 * units of text, and JSON with UTF-8 spends at most 6 bytes on one (`\u0001`), so nothing the app
 * would open is refused here. The name (255 units) and the envelope fit in the margin.
 */
const MAX_SNAPSHOT_BODY = MAX_SNAPSHOT_TEXT * 6 + 64 * 1024
const bodyLimit = (channel: string): number => (channel === 'openSnapshotText' ? MAX_SNAPSHOT_BODY : MAX_BODY)

/**
 * The body, or null when it is over `limit`. An oversized body is still read to its end (and
 * dropped), so the page hears the 413 instead of a connection reset in the middle of its upload.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  let size = 0
  let chunks: Buffer[] | null = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) chunks = null
    chunks?.push(chunk as Buffer)
  }
  return chunks && Buffer.concat(chunks).toString('utf8')
}

/** The request target as a URL on this host; null for one no URL parser takes (`http://[`). */
function parseTarget(target: string | undefined, origin: string): URL | null {
  try {
    return new URL(target ?? '/', origin)
  } catch {
    return null
  }
}

export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const token = randomBytes(24).toString('base64url')
  const calls: string[] = []
  const streams = new Set<ServerResponse>()
  const log = options.log ?? (() => {})
  let origin = ''
  // The origin is known once listening; the sender check reads it at call time.
  const dispatch: Dispatch = createDispatch(options.services.handlers, {
    isTrustedSender: (sender) => isTrustedIpcSender(sender, { rendererIndexUrl: `${APP_ORIGIN}/index.html`, devServerUrl: origin }),
    log
  })

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer): void => {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': contentSecurityPolicy()
    })
    res.end(body)
  }

  const handleApi = async (req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> => {
    const given = req.headers['x-test-host-token']
    if (typeof given !== 'string' || !sameSecret(given, token)) return send(res, 403, 'text/plain', 'missing or wrong token')
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'text/plain', 'foreign origin')
    const text = await readBody(req, bodyLimit(channel))
    if (text === null) return send(res, 413, 'text/plain', `request too large for ${channel}`)
    let body: { input?: unknown }
    try {
      body = JSON.parse(text) as { input?: unknown }
    } catch {
      return send(res, 400, 'text/plain', 'not JSON')
    }
    calls.push(channel)
    // The page is the app's top frame: the same sender check as for ipcMain applies.
    const result = await dispatch(channel, body.input, { frameUrl: `${origin}/`, isMainFrame: true })
    // Packed as ipcMain packs it, so the page in Chromium reads what the app's page reads.
    send(res, 200, 'application/json', stringifyJson(packTables(result)))
  }

  /** One page's event stream; EventSource cannot send headers, so the token comes in the query. */
  const handleEvents = (req: IncomingMessage, res: ServerResponse, given: string | null): void => {
    if (given === null || !sameSecret(given, token)) return send(res, 403, 'text/plain', 'missing or wrong token')
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'text/plain', 'foreign origin')
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': contentSecurityPolicy()
    })
    // A comment line first, so the page's EventSource reports "open" at once.
    res.write(': events\n\n')
    const unsubscribe = options.services.events.subscribe((name, payload) => {
      res.write(`event: ${name}\ndata: ${stringifyJson(payload)}\n\n`)
    })
    streams.add(res)
    res.on('close', () => {
      unsubscribe()
      streams.delete(res)
    })
  }

  const handleFile = async (res: ServerResponse, pathname: string): Promise<void> => {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname)
    } catch {
      return send(res, 400, 'text/plain', 'malformed path')
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '')
    const file = join(options.webRoot, relative)
    if (!file.startsWith(options.webRoot + sep) || relative.split(/[/\\]/).includes('..')) {
      return send(res, 404, 'text/plain', 'not found')
    }
    try {
      send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file))
    } catch {
      send(res, 404, 'text/plain', 'not found')
    }
  }

  const server = createServer((req, res) => {
    // Only this exact host: a page on another name resolving to 127.0.0.1 gets nothing.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'wrong host')
    // A target no parser takes is the client's mistake: answered, and the host serves on.
    const target = parseTarget(req.url, origin)
    if (target === null) return send(res, 400, 'text/plain', 'malformed request target')
    const { pathname } = target
    // Browsers ask for it unprompted; the app has none.
    if (pathname === '/favicon.ico') return void res.writeHead(204).end()
    if (pathname === '/events' && req.method === 'GET') return handleEvents(req, res, target.searchParams.get('token'))
    const api = /^\/api\/([A-Za-z]+)$/.exec(pathname)
    const work = api && req.method === 'POST' ? handleApi(req, res, api[1] ?? '') : req.method === 'GET' ? handleFile(res, pathname) : null
    if (!work) return send(res, 405, 'text/plain', 'method not allowed')
    work.catch((error: unknown) => {
      log(`test host: ${error instanceof Error ? error.name : 'error'} on ${pathname}`)
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error')
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    token,
    url: `${origin}/?token=${token}`,
    calls,
    get eventStreams() {
      return streams.size
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
