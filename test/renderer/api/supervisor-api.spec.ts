import { afterEach, describe, expect, it, vi } from 'vitest'
import { packTables } from '@shared/ipc/wire-tables'
import { BRIDGE_FAILED, BRIDGE_MISSING, LONG_REPLY_ROWS, api, callApi } from '@renderer/api/supervisor-api'
import type { SupervisorApi } from '@shared/ipc/contract'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('supervisor api', () => {
  it('throws a clear error when the preload did not run', () => {
    vi.stubGlobal('window', {})
    expect(() => api()).toThrow(/window\.api is missing.*preload/)
  })

  it('returns the bridge the preload exposed', () => {
    const bridge = { getSession: vi.fn() } as unknown as SupervisorApi
    vi.stubGlobal('window', { api: bridge })
    expect(api()).toBe(bridge)
  })

  it('turns a missing preload into an error result', async () => {
    vi.stubGlobal('window', {})
    const result = await callApi((bridge) => bridge.getSession())
    expect(result).toMatchObject({ ok: false, error: { code: BRIDGE_MISSING } })
  })

  it('turns a rejected invoke into an error result', async () => {
    vi.stubGlobal('window', { api: { getSession: () => Promise.reject(new Error('No handler registered')) } })
    const result = await callApi((bridge) => bridge.getSession())
    expect(result).toEqual({ ok: false, error: { code: BRIDGE_FAILED, message: 'No handler registered' } })
  })

  it("passes main's result through untouched", async () => {
    const failure = { ok: false as const, error: { code: 'Throttling.User', message: 'slow down', requestId: 'R-9' } }
    vi.stubGlobal('window', { api: { getSession: () => Promise.resolve(failure) } })
    await expect(callApi((bridge) => bridge.getSession())).resolves.toEqual(failure)
  })

  it('gives the stores rows again where main sent a long list as a table', async () => {
    const Inbound = Array.from({ length: 100 }, (_, i) => ({ StatsTime: i * 900_000, CallsHandled: i, CallsQueued: i % 7 === 0 ? null : i }))
    const reply = { ok: true as const, data: { Inbound, Outbound: [] } }
    vi.stubGlobal('window', { api: { getInstanceTrendingReport: () => Promise.resolve(structuredClone(packTables(reply))) } })
    await expect(callApi((bridge) => bridge.getInstanceTrendingReport({ instanceId: 'ccc-demo', startTime: 0, endTime: 1 }))).resolves.toEqual(reply)
  })

  it('hands a long reply on in a task after the one that unpacked it, a short one at once', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ StatsTime: i * 900_000, CallsHandled: i }))
    const answerOf = (n: number) => {
      const reply = { ok: true as const, data: { Inbound: rows(n), Outbound: [] } }
      vi.stubGlobal('window', { api: { getInstanceTrendingReport: () => Promise.resolve(structuredClone(packTables(reply))) } })
      let answered = false
      const answer = callApi((bridge) => bridge.getInstanceTrendingReport({ instanceId: 'ccc-demo', startTime: 0, endTime: 1 })).then((result) => {
        answered = true
        return result
      })
      return { reply, answer, answered: () => answered }
    }
    const flushMicrotasks = async () => {
      for (let i = 0; i < 10; i++) await Promise.resolve()
    }
    const short = answerOf(LONG_REPLY_ROWS - 1)
    await flushMicrotasks()
    expect(short.answered()).toBe(true)
    await expect(short.answer).resolves.toEqual(short.reply)
    const long = answerOf(LONG_REPLY_ROWS)
    await flushMicrotasks()
    expect(long.answered()).toBe(false)
    await expect(long.answer).resolves.toEqual(long.reply)
  })
})
