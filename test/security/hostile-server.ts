/**
 * A hostile "CCC endpoint" on 127.0.0.1 for the exploit specs: each request is answered by the
 * spec's handler, and every connection is tracked so a spec can see that the client really hung up.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface HostileServer {
  url: string
  /** Requests answered so far. */
  readonly requests: number
  /** Connections still open. */
  readonly open: number
  /** Body bytes the handler managed to hand to the socket, all connections together. */
  readonly bytesSent: number
  /** Resolves once no connection is open; rejects after `withinMs` otherwise. */
  allClosed(withinMs: number): Promise<void>
  close(): Promise<void>
}

export type HostileHandler = (req: IncomingMessage, res: ServerResponse, sent: (bytes: number) => void) => void

export async function startHostileServer(handler: HostileHandler): Promise<HostileServer> {
  const sockets = new Set<Socket>()
  let requests = 0
  let bytesSent = 0
  let waiters: Array<() => void> = []
  const server = createServer((req, res) => {
    requests++
    // The form body is read and dropped: only the answer is hostile.
    req.resume()
    handler(req, res, (bytes) => (bytesSent += bytes))
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => {
      sockets.delete(socket)
      if (sockets.size === 0) {
        for (const wake of waiters) wake()
        waiters = []
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests
    },
    get open() {
      return sockets.size
    },
    get bytesSent() {
      return bytesSent
    },
    allClosed(withinMs) {
      if (sockets.size === 0) return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${sockets.size} connection(s) still open after ${withinMs} ms`)), withinMs)
        waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    },
    close() {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** Writes `chunk` again and again, as fast as the client reads, until it hangs up or `limit` bytes are out. */
export function streamEndlessly(res: ServerResponse, chunk: Buffer, limit: number, sent: (bytes: number) => void): void {
  let total = 0
  const pump = (): void => {
    while (!res.destroyed && total < limit) {
      total += chunk.length
      sent(chunk.length)
      if (!res.write(chunk)) {
        res.once('drain', pump)
        return
      }
    }
    if (!res.destroyed) res.end()
  }
  pump()
}
