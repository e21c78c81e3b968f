/** The loopback test host: main's real handlers behind a token, for the browser build only. */
import { request } from 'node:http'
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Services } from '../../src/core/services'
import { unpackTables } from '../../src/shared/ipc/wire-tables'
import { startTestHost, type TestHost } from '../../src/test-host/server'
import { testServices } from '../helpers/test-services'

let dir: string
let services: Services
let host: TestHost

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-host-'))
  await mkdir(join(dir, 'web'))
  await writeFile(join(dir, 'web', 'index.html'), '<!doctype html><title>console</title>')
  await writeFile(join(dir, 'secret.txt'), 'outside the web root')
  services = testServices(join(dir, 'data'))
  host = await startTestHost({ webRoot: join(dir, 'web'), services })
})
afterAll(async () => {
  await host.close()
  await services.close()
  await rm(dir, { recursive: true, force: true })
})

/** A raw request, so headers a browser would never let a page forge can be set. */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { port } = new URL(host.origin)
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

const api = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  raw(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-host-token': host.token, ...headers },
    body: JSON.stringify({ input })
  })

describe('test host', () => {
  it('answers API calls with main\'s handlers', async () => {
    const res = await api('getSession', undefined)
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { source: 'demo', instanceIds: ['ccc-demo', 'ccc-large', 'ccc-night'] } })
    const instance = JSON.parse((await api('getInstance', { instanceId: 'ccc-demo' })).body) as { data: { Id: string } }
    expect(instance.data.Id).toBe('ccc-demo')
    expect(host.calls).toContain('getInstance')
  })

  it('validates inputs exactly as the app does', async () => {
    const res = JSON.parse((await api('getInstance', { instanceId: '<script>' })).body) as { ok: boolean; error: { code: string } }
    expect(res).toMatchObject({ ok: false, error: { code: 'Input.Invalid' } })
  })

  it("takes the page's language as the app does, and refuses one it does not speak", async () => {
    expect(JSON.parse((await api('setUiLanguage', { locale: 'zh-CN' })).body)).toEqual({ ok: true })
    for (const input of [{ locale: 'fr-FR' }, { locale: 'en-US', extra: 1 }, 'en-US', undefined]) {
      expect(JSON.parse((await api('setUiLanguage', input)).body), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'Input.Invalid' } })
    }
    expect(host.calls).toContain('setUiLanguage')
  })

  it('sends a 180-day trend as tables, a fifth of the bytes as rows, that the page reads back as main\'s rows', async () => {
    const now = Date.now()
    const input = { instanceId: 'ccc-demo', startTime: now - 180 * 86_400_000 + 60_000, endTime: now }
    const res = await api('getInstanceTrendingReport', input)
    const rows = await services.handlers.getInstanceTrendingReport(input)
    expect(rows.Inbound.length).toBeGreaterThan(17_000)
    const asRows = JSON.stringify({ ok: true, data: rows }).length
    expect(res.body.length).toBeLessThan(asRows / 4)
    expect(unpackTables(JSON.parse(res.body))).toEqual({ ok: true, data: rows })
  })

  it('refuses calls without the token, with a wrong one, or from a foreign origin', async () => {
    expect((await api('getSession', undefined, { 'x-test-host-token': 'guess' })).status).toBe(403)
    const noToken = await raw('/api/getSession', { method: 'POST', body: '{}' })
    expect(noToken.status).toBe(403)
    expect((await api('getSession', undefined, { origin: 'http://evil.example' })).status).toBe(403)
  })

  it('refuses another Host name (DNS rebinding) and unknown methods', async () => {
    expect((await raw('/', { headers: { host: 'evil.example' } })).status).toBe(421)
    expect((await raw('/index.html', { method: 'DELETE' })).status).toBe(405)
  })

  it('streams core\'s events to a page that holds the token, and lets go when it leaves', async () => {
    const { port } = new URL(host.origin)
    const received = await new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `/events?token=${encodeURIComponent(host.token)}` }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          // The stream is open: main switches the session, the page hears it.
          if (text.startsWith(': events') && !text.includes('event:')) void services.sessions.activate('demo')
          if (text.includes('\n\nevent: sessionChanged')) {
            req.destroy()
            resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), text })
          }
        })
      })
      req.on('error', reject)
      req.end()
    })
    expect(received.status).toBe(200)
    expect(received.type).toContain('text/event-stream')
    const data = /event: sessionChanged\ndata: (.*)\n\n/.exec(received.text)?.[1]
    expect(JSON.parse(data ?? 'null')).toMatchObject({ source: 'demo', revision: expect.any(Number) })
    await expect.poll(() => host.eventStreams).toBe(0)
  })

  it('refuses the event stream without the token, with a wrong one, or from a foreign origin', async () => {
    expect((await raw('/events')).status).toBe(403)
    expect((await raw('/events?token=guess')).status).toBe(403)
    expect((await raw(`/events?token=${encodeURIComponent(host.token)}`, { headers: { origin: 'http://evil.example' } })).status).toBe(403)
    expect(host.eventStreams).toBe(0)
  })

  it('serves the web build with the app\'s CSP, and nothing outside it', async () => {
    const page = await raw('/')
    expect(page.status).toBe(200)
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'")
    expect((await raw('/../secret.txt')).status).toBe(404)
    expect((await raw('/%2e%2e/secret.txt')).status).toBe(404)
  })
})
