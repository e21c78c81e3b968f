/**
 * The real client against the simulator over loopback: every API, splitting, retries, limits and
 * what a user sees when things fail.
 */
import { createServer as createHttpServer } from 'node:http'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CccClient, type CccClientOptions } from '../../../src/core/ccc/client'
import { CccError } from '../../../src/core/ccc/errors'
import { InputError } from '../../../src/core/errors'
import { DAY_MS, HOUR_MS } from '../../../src/shared/ccc/range-split'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { formatAppError } from '../../../src/shared/messages/errors'
import { rejectionOf } from '../../helpers/rejection'
import { onPinnedDay, testClock } from '../../helpers/test-clock'

let sim: Simulator
// Retries without real waiting: the policy is what is under test, not the clock.
const fastRetry: Partial<CccClientOptions> = { retry: { baseDelayMs: 1, maxDelayMs: 5 } }
const client = (options: Partial<CccClientOptions> = {}): CccClient =>
  new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock, ...fastRetry, ...options })

beforeAll(async () => {
  sim = await startSimulator({ seed: 7, ...onPinnedDay })
})
afterAll(() => sim.close())
afterEach(() => {
  sim.faults.clear()
  sim.clearRequests()
})

const calls = (action: string): number => sim.requests.filter((r) => r.action === action).length

const failure = (promise: Promise<unknown>): Promise<CccError> => rejectionOf(promise, CccError)

/** Everything a user could be shown of an error, in one string to search for leaks. */
const shown = (error: CccError): string => JSON.stringify({ ...error.toAppError(), message: error.message, advice: error.advice })

function expectNoSecrets(text: string): void {
  expect(text).not.toContain(DEMO_CREDENTIALS.accessKeyId)
  expect(text).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
  expect(text).not.toMatch(/Signature=|Signature%3D|SignatureNonce=|AccessKeyId=|AccessKeyId%3D/)
  expect(text).not.toMatch(/https?:\/\/\S*\?/)
}

describe('the five APIs, normalised', () => {
  it('GetInstance: typed instance with its admins and numbers', async () => {
    const instance = await client().getInstance('ccc-demo')
    expect(instance.Id).toBe('ccc-demo')
    expect(instance.Status).toBe('RUNNING')
    expect(instance.AliyunUid).toMatch(/^\d{16}$/)
    expect(instance.AdminList.length).toBeGreaterThan(0)
    expect(instance.NumberList.length).toBeGreaterThan(0)
    for (const n of instance.NumberList) {
      expect(typeof n.Active).toBe('boolean')
      for (const g of n.SkillGroups) expect(typeof g.PhoneNumberCount).toBe('number')
    }
  })

  it('GetRealtimeInstanceStates: numbers that add up', async () => {
    const s = await client().getRealtimeInstanceStates('ccc-demo')
    for (const v of [s.TotalAgents, s.LoggedInAgents, s.ReadyAgents, s.WaitingCalls, s.LongestWaitingTime]) {
      expect(typeof v).toBe('number')
    }
    const busy = Number(s.ReadyAgents) + Number(s.TalkingAgents) + Number(s.BreakingAgents) + Number(s.WorkingAgents)
    expect(busy).toBeLessThanOrEqual(Number(s.LoggedInAgents))
    expect(Number(s.LoggedInAgents)).toBeLessThanOrEqual(Number(s.TotalAgents))
  })

  it('reads LongestWaitingTime when the server spells it LongestCall, as the docs\' example does', async () => {
    const other = await startSimulator({ seed: 7, realtimeLongestField: 'LongestCall' })
    try {
      const s = await new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: other.url }).getRealtimeInstanceStates('ccc-demo')
      expect(typeof s.LongestWaitingTime).toBe('number')
    } finally {
      await other.close()
    }
  })

  it('GetInstanceSummaryReportSinceMidnight (2017-07-05): typed report with its Timestamp', async () => {
    const report = await client().getInstanceSummaryReportSinceMidnight('ccc-demo')
    expect(sim.requests.at(-1)?.version).toBe('2017-07-05')
    expect(report.InstanceId).toBe('ccc-demo')
    expect(report.Timestamp).toMatch(/^\d{4}-\d{2}-\d{2} 00:00:00$/)
    expect(typeof report.Inbound.CallsOffered).toBe('number')
    expect(typeof report.Inbound.MaxTalkTime).toBe('number')
    expect(typeof report.Overall.OccupancyRate).toBe('number')
  })

  it('ListIntervalInstanceReport: 25 days hourly takes 3 calls and returns every hour once, in order', async () => {
    const now = testClock()
    const end = now - (now % HOUR_MS)
    const items = await client().listIntervalInstanceReport('ccc-demo', { startTime: end - 25 * DAY_MS, endTime: end }, 'Hourly')
    expect(calls('ListIntervalInstanceReport')).toBe(3)
    expect(items).toHaveLength(25 * 24)
    items.slice(1).forEach((item, i) => expect(item.StatsTime - (items[i]?.StatsTime ?? 0)).toBe(HOUR_MS))
    expect(typeof items[0]?.Inbound.HandleRate).toBe('number')
  })

  it('GetInstanceTrendingReport: 15 days takes 3 calls, with progress after each', async () => {
    const end = testClock()
    const progress: Array<[number, number]> = []
    const report = await client().getInstanceTrendingReport(
      'ccc-demo',
      { startTime: end - 15 * DAY_MS, endTime: end },
      { onProgress: (done, total) => progress.push([done, total]) }
    )
    expect(calls('GetInstanceTrendingReport')).toBe(3)
    expect(progress).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]])
    const times = report.Inbound.map((p) => p.StatsTime)
    expect(new Set(times).size).toBe(times.length)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(times[0]).toBeGreaterThanOrEqual(end - 15 * DAY_MS)
  })

  it('refuses ranges no split can serve before any call is made', async () => {
    const now = testClock()
    await expect(client().getInstanceTrendingReport('ccc-demo', { startTime: now - 200 * DAY_MS, endTime: now })).rejects.toMatchObject({ code: 'Range.TooOld' })
    await expect(client().listIntervalInstanceReport('ccc-demo', { startTime: now, endTime: now - DAY_MS }, 'Daily')).rejects.toMatchObject({ code: 'Range.EndBeforeStart' })
    expect(sim.requests).toHaveLength(0)
  })

  it('refuses a malformed instance ID without a call', async () => {
    // Refused before any call: an input error, not a CCC answer (no RequestId, never retried).
    const error = await client().getInstance('ccc demo/../x').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    if (!(error instanceof InputError)) return
    expect(error.code).toBe('Input.InstanceId')
    expect(sim.requests).toHaveLength(0)
  })

  it('passes the API\'s NotExists.InstanceId on with its RequestId', async () => {
    const error = await failure(client().getInstance('ccc-missing'))
    expect(error.code).toBe('NotExists.InstanceId')
    expect(error.requestId).toMatch(/^[0-9A-F-]{36}$/)
    expect(error.advice).toContain('ccc-missing')
    expect(calls('GetInstance')).toBe(1)
  })
})

describe('retries', () => {
  it('retries throttling and succeeds', async () => {
    sim.faults.inject({ kind: 'throttle', times: 2 })
    const retries: string[] = []
    const states = await client({ retryHooks: { onRetry: ({ error }) => retries.push(error.code) } }).getRealtimeInstanceStates('ccc-demo')
    expect(states.InstanceId).toBe('ccc-demo')
    expect(retries).toEqual(['Throttling.User', 'Throttling.User'])
    expect(calls('GetRealtimeInstanceStates')).toBe(3)
  })

  it('waits at least as long as x-acs-retry-after asks', async () => {
    sim.faults.inject({ kind: 'throttle', retryAfterMs: 40 })
    const delays: number[] = []
    await client({ retryHooks: { onRetry: ({ delayMs }) => delays.push(delayMs) } }).getRealtimeInstanceStates('ccc-demo')
    expect(delays[0]).toBeGreaterThanOrEqual(40)
  })

  // A gateway's HTML 503 page is said as what it is (not "malformed"), and retried.
  it.each([
    ['http5xx', 'ServiceUnavailable'],
    ['internalError', 'InternalService.Error'],
    ['drop', 'Network.ConnectionReset'],
    ['malformed', 'Response.Malformed']
  ] as const)('retries a transient %s fault', async (kind, code) => {
    sim.faults.inject({ kind })
    const retries: string[] = []
    await client({ retryHooks: { onRetry: ({ error }) => retries.push(error.code) } }).getInstance('ccc-demo')
    expect(retries).toEqual([code])
    expect(calls('GetInstance')).toBe(2)
  })

  it('gives up after the last attempt with the API code and RequestId', async () => {
    sim.faults.inject({ kind: 'throttle', times: 10 })
    const error = await failure(client({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } }).getInstance('ccc-demo'))
    expect(error.code).toBe('Throttling.User')
    expect(error.requestId).toBeTruthy()
    expect(error.advice).toMatch(/limiting requests/)
    expect(calls('GetInstance')).toBe(3)
  })

  it('times out a slow answer and retries it', async () => {
    sim.faults.inject({ kind: 'latency', latencyMs: 1_000 })
    const retries: string[] = []
    const instance = await client({ timeoutMs: 250, retryHooks: { onRetry: ({ error }) => retries.push(error.code) } }).getInstance('ccc-demo')
    expect(instance.Id).toBe('ccc-demo')
    // The slow answer timed out and was retried; on a loaded machine a retry may time out too.
    expect(retries[0]).toBe('Network.Timeout')
    expect(new Set(retries)).toEqual(new Set(['Network.Timeout']))
    // The abandoned first request is still being answered: let it land here, not in the next test's count.
    await expect.poll(() => sim.requests.some((r) => r.fault === 'latency'), { timeout: 5_000 }).toBe(true)
  })

  it('never retries a wrong secret', async () => {
    const error = await failure(
      new CccClient({ credentials: { ...DEMO_CREDENTIALS, accessKeySecret: 'wrong-secret-value' }, endpoint: sim.url, ...fastRetry }).getInstance('ccc-demo')
    )
    expect(error.code).toBe('SignatureDoesNotMatch')
    expect(error.kind).toBe('auth')
    expect(calls('GetInstance')).toBe(1)
  })

  it('never retries a parameter error', async () => {
    await failure(client().getInstance('ccc-nope'))
    expect(calls('GetInstance')).toBe(1)
  })
})

describe('sharing the API budget', () => {
  it('coalesces identical requests in flight into one call', async () => {
    sim.faults.inject({ kind: 'latency', latencyMs: 50 })
    const c = client()
    const [a, b] = await Promise.all([c.getInstance('ccc-demo'), c.getInstance('ccc-demo')])
    expect(a).toEqual(b)
    expect(calls('GetInstance')).toBe(1)
  })

  it('holds requests beyond the per-API limit until the window allows them', async () => {
    const windowMs = 300
    const c = client({ rateLimits: { GetRealtimeInstanceStates: { limit: 2, windowMs } } })
    const started = Date.now()
    for (let i = 0; i < 3; i++) await c.getRealtimeInstanceStates('ccc-demo')
    expect(calls('GetRealtimeInstanceStates')).toBe(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(windowMs - 5)
  })
})

describe('errors are safe to show', () => {
  it('SignatureDoesNotMatch: the gateway\'s echo of the string to sign is removed', async () => {
    const error = await failure(
      new CccClient({ credentials: { ...DEMO_CREDENTIALS, accessKeySecret: 'not-the-secret' }, endpoint: sim.url }).getInstance('ccc-demo')
    )
    expectNoSecrets(shown(error))
    expect(error.advice).toMatch(/secret does not match/)
  })

  it('unknown AccessKey, refused connection, timeout and throttling carry no key or signature', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address()
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
      })
    })
    const errors = await Promise.all([
      failure(new CccClient({ credentials: { accessKeyId: 'LTAI5tUnknownKey0000', accessKeySecret: 'x-secret-x' }, endpoint: sim.url }).getInstance('ccc-demo')),
      failure(client({ endpoint: `http://127.0.0.1:${port}`, retry: { maxAttempts: 1 } }).getInstance('ccc-demo')),
      (async () => {
        sim.faults.inject({ kind: 'latency', latencyMs: 300, times: 1 })
        const timedOut = await failure(client({ timeoutMs: 50, retry: { maxAttempts: 1 } }).getInstance('ccc-demo'))
        // Its request is still being answered: let it land before the next test counts calls.
        await expect.poll(() => sim.requests.some((r) => r.fault === 'latency')).toBe(true)
        return timedOut
      })()
    ])
    expect(errors.map((e) => e.code)).toEqual(['InvalidAccessKeyId.NotFound', 'Network.Unreachable', 'Network.Timeout'])
    for (const error of errors) expectNoSecrets(shown(error))
    expect(shown(errors[0] as CccError)).not.toContain('LTAI5tUnknownKey0000')
  })
})

describe('STS credentials', () => {
  const sts = { accessKeyId: 'STS.NUKmZqPq7nA9Lx3demo', accessKeySecret: 'sts-secret-for-tests', securityToken: 'CAIS-token-0123456789abcdef' }

  it('signs with the security token and is refused without the right one, which is never echoed', async () => {
    const other = await startSimulator({ seed: 7, credentials: [sts] })
    try {
      const states = await new CccClient({ credentials: sts, endpoint: other.url }).getRealtimeInstanceStates('ccc-demo')
      expect(states.InstanceId).toBe('ccc-demo')
      expect(other.requests.at(-1)?.params.SecurityToken).toBe(sts.securityToken)

      const error = await failure(
        new CccClient({ credentials: { ...sts, securityToken: 'CAIS-stale-token-9876543210' }, endpoint: other.url }).getInstance('ccc-demo')
      )
      expect(error.code).toBe('InvalidSecurityToken.Mismatch')
      expect(error.kind).toBe('auth')
      expect(shown(error)).not.toContain('CAIS-')
      expect(shown(error)).not.toContain(sts.accessKeyId)
    } finally {
      await other.close()
    }
  })
})

describe('errors that name the real fault', () => {
  it('tells a gateway\'s error page as "CCC or its gateway is unavailable", with its status, after retrying', async () => {
    sim.faults.inject({ kind: 'http5xx', times: 10 })
    const error = await failure(client({ retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }).getInstance('ccc-demo'))
    expect(error.code).toBe('ServiceUnavailable')
    expect(error.httpStatus).toBe(503)
    expect(error.advice).toMatch(/^CCC or its gateway is unavailable \(HTTP 503\)/)
    expect(calls('GetInstance')).toBe(2)
  })

  it.each([
    [502, 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    [504, 'text/html', '<html><body>Gateway Time-out</body></html>'],
    [503, 'text/plain', '']
  ])('tells a proxy\'s HTTP %i (%s, %j) as CCC or its gateway unavailable with that status, in both languages, after retrying', async (status, type, body) => {
    let requests = 0
    const proxy = createHttpServer((_, res) => {
      requests++
      res.writeHead(status, { 'content-type': type })
      res.end(body)
    })
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done))
    try {
      const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
      const error = await failure(client({ endpoint, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }).getInstance('ccc-demo'))
      expect(error.code).toBe('ServiceUnavailable')
      expect(error.httpStatus).toBe(status)
      expect(requests).toBe(2)
      expect(formatAppError(error.toAppError(), 'en-US')).toBe(`CCC or its gateway is unavailable (HTTP ${status}); wait a moment and retry.`)
      expect(formatAppError(error.toAppError(), 'zh-CN')).toBe(`CCC 或其网关暂时不可用（HTTP ${status}）；请稍候重试。`)
    } finally {
      await new Promise((done) => proxy.close(done))
    }
  })

  it.each([
    [503, '(HTTP 503)'],
    [200, '(ServiceUnavailable)']
  ])('tells CCC\'s own ServiceUnavailable answered with HTTP %i by its status only when that is an error status', async (status, named) => {
    const server = createHttpServer((_, res) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ Code: 'ServiceUnavailable', Message: 'The request has failed due to a temporary failure of the server.', RequestId: 'R-503' }))
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    try {
      const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const error = await failure(client({ endpoint, retry: { maxAttempts: 1 } }).getInstance('ccc-demo'))
      expect(error.code).toBe('ServiceUnavailable')
      expect(formatAppError(error.toAppError(), 'en-US')).toBe(`CCC or its gateway is unavailable ${named}; wait a moment and retry.`)
      expect(formatAppError(error.toAppError(), 'zh-CN')).toBe(`CCC 或其网关暂时不可用（${named.slice(1, -1)}）；请稍候重试。`)
    } finally {
      await new Promise((done) => server.close(done))
    }
  })

  it('leads a refused secret with what is wrong, and gives the API\'s own text after', async () => {
    const error = await failure(client({ credentials: { ...DEMO_CREDENTIALS, accessKeySecret: 'not-the-secret' } }).getInstance('ccc-demo'))
    expect(error.code).toBe('SignatureDoesNotMatch')
    expect(error.advice).toMatch(/^The AccessKey secret does not match the AccessKey ID: check the secret in this profile\. CCC said: /)
    expect(error.advice).not.toContain('not-the-secret')
  })
})
