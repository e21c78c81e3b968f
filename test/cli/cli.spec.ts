/** The CLI in-process against a demo simulator, and the built binary as a user runs it. */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CccClient } from '../../src/core/ccc/client'
import { DAY_MS } from '../../src/shared/ccc/range-split'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../src/simulator'
import { onPinnedDay, pinnedClockEnv, testClock } from '../helpers/test-clock'
import { cli, demoEnv } from './cli-harness'

let sim: Simulator

beforeAll(async () => {
  sim = await startSimulator({ seed: 3, ...onPinnedDay })
})
afterAll(() => sim.close())


describe('ccc-supervisor CLI', () => {
  it.each(['instance', 'realtime', 'summary'])('%s --json prints exactly one JSON document of the normalised data', async (command) => {
    const { code, stdout, stderr } = await cli([command, '--instance', 'ccc-demo', '--endpoint', sim.url, '--json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const doc = JSON.parse(stdout) as Record<string, unknown>
    if (command === 'instance') expect(doc.Id).toBe('ccc-demo')
    else expect(doc.InstanceId).toBe('ccc-demo')
    if (command === 'summary') expect(doc).toHaveProperty('Inbound.CallsOffered')
    if (command === 'realtime') expect(typeof doc.WaitingCalls).toBe('number')
  })

  it('interval --json gives the same buckets as the client for the same range', async () => {
    const to = testClock()
    const from = to - 3 * DAY_MS
    const { code, stdout } = await cli(['interval', '--instance', 'ccc-demo', '--interval', 'Hourly', '--from', String(from), '--to', String(to), '--endpoint', sim.url, '--json'])
    expect(code).toBe(0)
    const direct = await new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock }).listIntervalInstanceReport('ccc-demo', { startTime: from, endTime: to }, 'Hourly')
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(direct)))
    expect(direct.length).toBeGreaterThan(70)
  })

  /** The hourly buckets of today's completed hours on `zone`'s calendar, as the CLI should print them. */
  function todaysHours(now: number, zone: string): { day: Intl.DateTimeFormat; today: string; hours: number[] } {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    const today = day.format(now)
    const hours = Array.from({ length: 26 }, (_, i) => now - (now % 3_600_000) - i * 3_600_000).filter(
      (t) => day.format(t) === today && t + 15 * 60_000 <= now
    )
    return { day, today, hours }
  }

  it.each([
    ['the instance\'s midnight (its region, cn-shanghai: Asia/Shanghai)', [], 'Asia/Shanghai'],
    ['the midnight of --time-zone', ['--time-zone', 'Europe/London'], 'Europe/London'],
    ['the midnight of --time-zone', ['--time-zone', 'America/Los_Angeles'], 'America/Los_Angeles']
  ])('defaults --from to %s and --to to now, whatever zone the machine is in', async (_what, extra, zone) => {
    const { code, stdout } = await cli(['interval', '--instance', 'ccc-demo', '--interval', 'Hourly', '--endpoint', sim.url, '--json', ...extra])
    expect(code).toBe(0)
    const now = testClock()
    const { day, today, hours } = todaysHours(now, zone)
    const buckets = JSON.parse(stdout) as Array<{ StatsTime: number }>
    // Every bucket is today's on the zone's calendar, and every completed hour of today is there.
    for (const bucket of buckets) expect(day.format(bucket.StatsTime)).toBe(today)
    expect(buckets.map((b) => b.StatsTime).sort()).toEqual(hours.sort())
  })

  it('reads a date and a time without an offset in the instance\'s zone, and prints its table in that zone', async () => {
    // Yesterday on London's calendar, 09:00 to 11:00 there.
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(testClock() - DAY_MS)
    const { code, stdout } = await cli(['interval', '--instance', 'ccc-demo', '--interval', 'Hourly', '--endpoint', sim.url, '--time-zone', 'Europe/London', '--from', `${yesterday}T09:00`, '--to', `${yesterday}T11:00`])
    expect(code).toBe(0)
    // 09:00 and 10:00 in London, labelled with the zone, whatever the machine's zone.
    expect(stdout).toMatch(/Start \(Europe\/London\)/)
    const starts = stdout.split('\n').filter((line) => /^\d{4}-/.test(line)).map((line) => line.slice(0, 16))
    expect(starts).toEqual([`${yesterday} 09:00`, `${yesterday} 10:00`])
  })

  it('prints a gap, not CCC\'s 0 %, for an hour with no calls queued', async () => {
    // A server of the spec's own between the CLI and the simulator: it answers the first hour as
    // CCC answers an hour without calls, every figure 0, the handle rate included.
    const proxy = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const upstream = request(`${sim.url}${req.url ?? '/'}`, { method: req.method, headers: { ...req.headers, host: new URL(sim.url).host } }, (answer) => {
          let text = ''
          answer.on('data', (chunk: Buffer) => (text += chunk.toString()))
          answer.on('end', () => {
            const body = JSON.parse(text) as { Data?: Array<{ Inbound: Record<string, unknown> }> }
            const first = body.Data?.[0]
            if (first) for (const key of Object.keys(first.Inbound)) first.Inbound[key] = 0
            res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json' })
            res.end(JSON.stringify(body))
          })
        })
        upstream.end(Buffer.concat(chunks))
      })
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    try {
      const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
      const to = testClock()
      const { code, stdout } = await cli(['interval', '--instance', 'ccc-demo', '--interval', 'Hourly', '--from', String(to - 6 * 3_600_000), '--to', String(to), '--endpoint', endpoint])
      expect(code).toBe(0)
      const lines = stdout.split('\n')
      const header = lines.find((line) => line.includes('Handle rate'))!
      const at = header.indexOf('Handle rate')
      const rates = lines.filter((line) => /^\d{4}-/.test(line)).map((line) => line.slice(at).trim().split(/\s+/)[0])
      expect(rates.length).toBeGreaterThan(3)
      expect(rates[0]).toBe('—')
      for (const rate of rates.slice(1)) expect(rate).toMatch(/^\d+(\.\d)?%$/)
    } finally {
      await new Promise((resolve) => proxy.close(resolve))
    }
  })

  it('refuses a wall time a clock change skips, and a day the calendar does not have', async () => {
    for (const from of ['2026-03-29T01:30', '2026-02-30']) {
      const { code, stderr } = await cli(['trend', '--instance', 'ccc-demo', '--endpoint', sim.url, '--time-zone', 'Europe/London', '--from', from])
      expect(code, from).toBe(2)
      expect(stderr).toMatch(/is not a time/)
    }
  })

  it('trend takes ISO dates and prints a readable table without --json', async () => {
    const day = new Date(testClock() - 2 * DAY_MS).toISOString().slice(0, 10)
    const { code, stdout } = await cli(['trend', '--instance', 'ccc-demo', '--from', day, '--endpoint', sim.url])
    expect(code).toBe(0)
    expect(stdout).toMatch(/Start \(Asia\/Shanghai\)\s+In total\s+Queued/)
    expect(stdout.split('\n').length).toBeGreaterThan(10)
  })

  it('reports an API error on stderr with its code and RequestId, and exits 1', async () => {
    const { code, stdout, stderr } = await cli(['instance', '--instance', 'ccc-gone', '--endpoint', sim.url])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/code: NotExists\.InstanceId, RequestId: [0-9A-F-]{36}/)
  })

  it('reports a wrong secret without echoing the key or the signature', async () => {
    const { code, stderr } = await cli(['realtime', '--instance', 'ccc-demo', '--endpoint', sim.url], { ...demoEnv, ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'wrong' })
    expect(code).toBe(1)
    expect(stderr).toContain('SignatureDoesNotMatch')
    expect(stderr).not.toContain(DEMO_CREDENTIALS.accessKeyId)
    expect(stderr).not.toMatch(/Signature=|AccessKeyId%3D/)
  })

  it.each([
    [['realtime'], /needs --instance/],
    [['realtime', '--instance', 'bad id!'], /not a valid instance ID/],
    [['interval', '--instance', 'ccc-demo'], /--interval Daily or --interval Hourly/],
    [['trend', '--instance', 'ccc-demo', '--from', 'last tuesday'], /--from "last tuesday" is not a time/],
    [['trend', '--instance', 'ccc-demo', '--from', '2026-02-30'], /is not a time/],
    [['frobnicate'], /unknown command/],
    [['realtime', '--bogus'], /Unknown option/]
  ])('refuses %j as bad usage (exit 2)', async (args, message) => {
    const { code, stderr } = await cli([...args, '--endpoint', sim.url])
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })

  it('refuses a range older than 180 days before calling', async () => {
    sim.clearRequests()
    const { code, stderr } = await cli(['trend', '--instance', 'ccc-demo', '--from', String(testClock() - 365 * DAY_MS), '--endpoint', sim.url])
    expect(code).toBe(2)
    expect(stderr).toContain('Range.TooOld')
    expect(sim.requests).toHaveLength(0)
  })

  it('says how to get going when no credentials are set', async () => {
    const { code, stderr } = await cli(['realtime', '--instance', 'ccc-demo'], {})
    expect(code).toBe(2)
    expect(stderr).toMatch(/ALIBABA_CLOUD_ACCESS_KEY_ID.*--demo/s)
  })

  it('--demo runs against a built-in simulator with no credentials at all', async () => {
    const { code, stdout } = await cli(['realtime', '--instance', 'ccc-demo', '--demo', '--json'], {})
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toHaveProperty('InstanceId', 'ccc-demo')
  })
})

const built = join(__dirname, '../../out/main/cli.js')

describe.runIf(existsSync(built))('the built ccc-supervisor binary', () => {
  it('sim prints its URL and demo credentials, and a second process queries it, both on the pinned day', async () => {
    const child = spawn(process.execPath, [built, 'sim', '--port', '0', '--seed', '5'], { env: pinnedClockEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const lines = createInterface({ input: child.stdout })
      let url: string | undefined
      const output: string[] = []
      for await (const line of lines) {
        output.push(line)
        url ??= /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1]
        if (line.startsWith('Press Ctrl-C')) break
      }
      expect(url).toBeDefined()
      expect(output.join('\n')).toContain(`ALIBABA_CLOUD_ACCESS_KEY_ID=${DEMO_CREDENTIALS.accessKeyId}`)
      const query = spawn(process.execPath, [built, 'summary', '--instance', 'ccc-demo', '--endpoint', url ?? '', '--json'], {
        env: pinnedClockEnv({ ...process.env, ...demoEnv }),
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      query.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      const code = await new Promise<number | null>((resolve) => query.on('close', resolve))
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toHaveProperty('InstanceId', 'ccc-demo')
      // The report's date is the pinned day's in the instance's zone: both processes saw that clock.
      const pinnedDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(testClock())
      expect(JSON.parse(stdout)).toHaveProperty('Timestamp', `${pinnedDate} 00:00:00`)
    } finally {
      child.kill('SIGINT')
      await new Promise((resolve) => child.on('close', resolve))
    }
  })
})
