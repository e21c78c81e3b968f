/** Injected faults, flow control and shutdown: what the client's retry and error paths are tested against. */
import RPCClient from '@alicloud/pop-core'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../src/simulator'
import { call } from './signed-call'

const instance = { InstanceId: 'ccc-demo' }

describe('injected faults', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator()
  })
  afterAll(() => sim.close())
  afterEach(() => {
    sim.faults.clear()
    sim.clearRequests()
  })

  it('throttle: HTTP 400 Throttling.User, with x-acs-retry-after only when given', async () => {
    sim.faults.inject({ kind: 'throttle' })
    const plain = await call(sim, 'GetInstance', { params: instance })
    expect(plain.status).toBe(400)
    expect(plain.body).toMatchObject({ Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' })
    expect(plain.headers.get('x-acs-retry-after')).toBeNull()

    sim.faults.inject({ kind: 'throttle', retryAfterMs: 1500, code: 'Throttling.Api' })
    const hinted = await call(sim, 'GetInstance', { params: instance })
    expect(hinted.body?.Code).toBe('Throttling.Api')
    expect(hinted.headers.get('x-acs-retry-after')).toBe('1500')

    expect((await call(sim, 'GetInstance', { params: instance })).status).toBe(200)
    expect(sim.requests.map((r) => [r.status, r.code, r.fault])).toEqual([
      [400, 'Throttling.User', 'throttle'],
      [400, 'Throttling.Api', 'throttle'],
      [200, 'OK', undefined]
    ])
  })

  it('throttle reaches pop-core as an error with the code', async () => {
    sim.faults.inject({ kind: 'throttle' })
    const client = new RPCClient({ ...DEMO_CREDENTIALS, endpoint: sim.url, apiVersion: '2020-07-01' })
    await expect(client.request('GetInstance', instance)).rejects.toMatchObject({ code: 'Throttling.User' })
  })

  it('http5xx: 503 with an HTML body that is not JSON', async () => {
    sim.faults.inject({ kind: 'http5xx' })
    const answer = await call(sim, 'GetInstance', { params: instance })
    expect(answer.status).toBe(503)
    expect(answer.headers.get('content-type')).toContain('text/html')
    expect(answer.body).toBeUndefined()
    expect(answer.text).toContain('503 Service Temporarily Unavailable')
    expect(sim.requests.at(-1)).toMatchObject({ status: 503, code: null, fault: 'http5xx' })
  })

  it('internalError: 500 JSON InternalService.Error, or the code given', async () => {
    sim.faults.inject({ kind: 'internalError' })
    sim.faults.inject({ kind: 'internalError', code: 'InternalService.Timeout' })
    const first = await call(sim, 'GetInstance', { params: instance })
    expect(first.status).toBe(500)
    expect(first.body?.Code).toBe('InternalService.Error')
    expect((await call(sim, 'GetInstance', { params: instance })).body?.Code).toBe('InternalService.Timeout')
  })

  it('drop: the connection closes without an answer', async () => {
    sim.faults.inject({ kind: 'drop' })
    await expect(call(sim, 'GetInstance', { params: instance })).rejects.toThrow()
    expect(sim.requests.at(-1)).toMatchObject({ action: 'GetInstance', status: 0, code: null, fault: 'drop' })
    sim.faults.inject({ kind: 'drop' })
    const client = new RPCClient({ ...DEMO_CREDENTIALS, endpoint: sim.url, apiVersion: '2020-07-01' })
    await expect(client.request('GetInstance', instance, { method: 'POST' })).rejects.toThrow()
    expect((await call(sim, 'GetInstance', { params: instance })).status).toBe(200)
  })

  it('malformed: 200 with a body cut short, which no JSON parser accepts', async () => {
    sim.faults.inject({ kind: 'malformed' })
    const answer = await call(sim, 'GetInstance', { params: instance })
    expect(answer.status).toBe(200)
    expect(answer.text.startsWith('{"RequestId":"')).toBe(true)
    expect(answer.body).toBeUndefined()
    sim.faults.inject({ kind: 'malformed' })
    const client = new RPCClient({ ...DEMO_CREDENTIALS, endpoint: sim.url, apiVersion: '2020-07-01' })
    await expect(client.request('GetInstance', instance)).rejects.toThrow()
  })

  it('latency: the normal answer, no sooner than the delay', async () => {
    sim.faults.inject({ kind: 'latency', latencyMs: 120 })
    const started = performance.now()
    const answer = await call(sim, 'GetInstance', { params: instance })
    // Timers may fire a millisecond early; the lower bound is what matters.
    expect(performance.now() - started).toBeGreaterThanOrEqual(115)
    expect(answer.status).toBe(200)
    expect(answer.body?.Code).toBe('OK')
    expect(sim.requests.at(-1)).toMatchObject({ status: 200, code: 'OK', fault: 'latency' })
  })

  it('hits `times` matching requests, first in first out, and only the given action', async () => {
    sim.faults.inject({ kind: 'throttle', times: 2, action: 'ListIntervalInstanceReport' })
    sim.faults.inject({ kind: 'internalError' })
    expect(sim.faults.pending()).toBe(3)
    const codes: unknown[] = []
    for (const action of ['GetInstance', 'ListIntervalInstanceReport', 'ListIntervalInstanceReport', 'ListIntervalInstanceReport', 'GetInstance']) {
      codes.push((await call(sim, action, { params: instance })).body?.Code)
    }
    expect(codes).toEqual(['InternalService.Error', 'Throttling.User', 'Throttling.User', 'OK', 'OK'])
    expect(sim.faults.pending()).toBe(0)
  })

  it('is used up only by requests the gateway admits', async () => {
    sim.faults.inject({ kind: 'internalError' })
    expect((await call(sim, 'GetInstance', { secret: 'wrong', params: instance })).body?.Code).toBe('SignatureDoesNotMatch')
    expect((await call(sim, 'GetInstance', { accessKeyId: 'LTAI5tNobody', params: instance })).body?.Code).toBe('InvalidAccessKeyId.NotFound')
    expect(sim.faults.pending()).toBe(1)
    // A parameter error is the backend's: the request was admitted and takes the fault.
    expect((await call(sim, 'GetInstance', { params: { InstanceId: 'ccc-gone' } })).body?.Code).toBe('InternalService.Error')
    expect(sim.faults.pending()).toBe(0)
  })

  it('malformed cuts error answers too', async () => {
    sim.faults.inject({ kind: 'malformed' })
    const answer = await call(sim, 'GetInstance', { params: { InstanceId: 'ccc-gone' } })
    expect(answer.status).toBe(200)
    expect(answer.body).toBeUndefined()
    expect(answer.text.length).toBeGreaterThan(0)
  })

  it('clear() drops faults not yet used', async () => {
    sim.faults.inject({ kind: 'http5xx', times: 5 })
    sim.faults.clear()
    expect(sim.faults.pending()).toBe(0)
    expect((await call(sim, 'GetInstance', { params: instance })).status).toBe(200)
  })

  it('refuses a fault that would never fire', () => {
    expect(() => sim.faults.inject({ kind: 'drop', times: 0 })).toThrow(RangeError)
  })
})

describe('flow control', () => {
  const NOW = Date.UTC(2025, 5, 18, 6, 37, 12)
  let clock = NOW
  let sim: Simulator
  const second = { accessKeyId: 'LTAI5tSecondSupervisor', accessKeySecret: 'second-secret' }
  beforeAll(async () => {
    sim = await startSimulator({ now: () => clock, rateLimitPerMinute: 3, credentials: [DEMO_CREDENTIALS, second] })
  })
  afterAll(() => sim.close())

  it('allows rateLimitPerMinute calls per key and action in a sliding minute', async () => {
    const codes = async (action: string, options: { accessKeyId?: string; secret?: string } = {}) =>
      (await call(sim, action, { at: clock, params: instance, ...options })).body?.Code
    for (let i = 0; i < 3; i++) {
      expect(await codes('GetRealtimeInstanceStates')).toBe('OK')
      clock += 10_000
    }
    const throttled = await call(sim, 'GetRealtimeInstanceStates', { at: clock, params: instance })
    expect(throttled.status).toBe(400)
    expect(throttled.body?.Code).toBe('Throttling.User')
    // The first call leaves the window 60 s after it was made: 30 s from now.
    expect(throttled.headers.get('x-acs-retry-after')).toBe('30000')

    expect(await codes('GetInstance')).toBe('OK')
    expect(await codes('GetRealtimeInstanceStates', { accessKeyId: second.accessKeyId, secret: second.accessKeySecret })).toBe('OK')

    clock += 29_000
    expect(await codes('GetRealtimeInstanceStates')).toBe('Throttling.User')
    clock += 1_001
    expect(await codes('GetRealtimeInstanceStates')).toBe('OK')
  })
})

describe('close()', () => {
  it('ends delayed answers and open connections instead of waiting for them', async () => {
    const sim = await startSimulator()
    sim.faults.inject({ kind: 'latency', latencyMs: 60_000 })
    const pending = call(sim, 'GetInstance', { params: instance })
    const outcome = pending.then(
      () => 'answered',
      () => 'failed'
    )
    await vi.waitFor(() => expect(sim.faults.pending()).toBe(0))
    await sim.close()
    expect(await outcome).toBe('failed')
    await expect(fetch(`${sim.url}/`)).rejects.toThrow()
  })

  it('can be called twice', async () => {
    const sim = await startSimulator()
    await sim.close()
    await sim.close()
  })
})

describe('the request log', () => {
  it('stamps each request with when it arrived on the request clock, not when it was answered', async () => {
    // The soak counts requests per simulated minute: one answered after the clock moved on still
    // belongs to the minute it was sent in.
    let clock = Date.UTC(2026, 5, 17, 9, 59, 59)
    const sim = await startSimulator({ requestClock: () => clock })
    try {
      // Long enough that the clock has surely moved before the answer.
      sim.faults.inject({ kind: 'latency', latencyMs: 1_000 })
      const slow = call(sim, 'GetInstance', { params: instance })
      await vi.waitFor(() => expect(sim.faults.pending()).toBe(0))
      clock += 60_000
      expect((await slow).status).toBe(200)
      expect((await call(sim, 'GetInstance', { params: instance })).status).toBe(200)
      expect(sim.requests.map((r) => r.receivedAt)).toEqual([Date.UTC(2026, 5, 17, 9, 59, 59), Date.UTC(2026, 5, 17, 10, 0, 59)])
    } finally {
      await sim.close()
    }
  })
})
