import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DAY_MS, HOUR_MS } from '@shared/ccc/range-split'
import type { InstanceTrendingReport, TimeRange } from '@shared/ccc/types'
import type { SupervisorApi } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import { useTrendReportStore } from '@renderer/stores/trend-report'
import { deferred, emitEvent, failed, installFakeBridge, listenerCount, ok } from '../fake-bridge'

const NOW = Date.UTC(2024, 5, 15, 10, 0, 0)
const QUARTER = 15 * 60_000

/** Two 15-minute points per call: at its start and at its end (so neighbouring calls share one). */
function trendFor(range: TimeRange, calls = 1): InstanceTrendingReport {
  const times = [range.startTime, range.endTime - (range.endTime % QUARTER)]
  return {
    Inbound: times.map((StatsTime) => ({
      StatsTime,
      TotalCalls: 10 * calls,
      CallsQueued: 8,
      CallsHandled: 7,
      CallsAbandonedInIVR: 1,
      CallsAbandonedInQueue: 1,
      CallsAbandonedInRinging: 0
    })),
    Outbound: times.map((StatsTime) => ({ StatsTime, TotalCalls: 3, CallsAnswered: 2 }))
  }
}

type TrendInput = { instanceId: string; startTime: number; endTime: number; progressId?: string }

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('trend report store', () => {
  it('asks main for a 15-day range in one request and shows main\'s progress through its 3 calls', async () => {
    const pending: Array<{ input: TrendInput; answer: ReturnType<typeof deferred<Result<InstanceTrendingReport>>> }> = []
    const getInstanceTrendingReport = vi.fn((input: TrendInput) => {
      const answer = deferred<Result<InstanceTrendingReport>>()
      pending.push({ input, answer })
      return answer.promise
    })
    installFakeBridge({ getInstanceTrendingReport: getInstanceTrendingReport as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    const range = { startTime: NOW - 15 * DAY_MS, endTime: NOW }
    const loading = store.setCustomRange(range)

    // Planned before any answer: the rules split 15 days into 3 calls, which main makes.
    expect(store.progress).toEqual({ done: 0, total: 3 })
    expect(store.loading).toBe(true)
    await vi.waitFor(() => expect(pending).toHaveLength(1))
    const { input, answer } = pending[0]!
    expect(input).toMatchObject({ instanceId: 'ccc-a', startTime: range.startTime, endTime: NOW })
    expect(input.progressId).toMatch(/^report-[0-9a-f]{8}-\d+$/)
    // Main's notices move the bar; another run's are not this page's.
    emitEvent('reportProgress', { progressId: input.progressId!, done: 1, total: 3 })
    expect(store.progress).toEqual({ done: 1, total: 3 })
    emitEvent('reportProgress', { progressId: 'report-someone-else', done: 3, total: 3 })
    expect(store.progress).toEqual({ done: 1, total: 3 })
    emitEvent('reportProgress', { progressId: input.progressId!, done: 2, total: 3 })
    expect(store.progress).toEqual({ done: 2, total: 3 })

    answer.resolve(ok(trendFor(range, 2)))
    await loading
    expect(getInstanceTrendingReport).toHaveBeenCalledTimes(1)
    expect(store.progress).toEqual({ done: 3, total: 3 })
    expect(store.loading).toBe(false)
    expect(store.rows).toHaveLength(2)
    expect(store.totals.TotalCalls).toBe(40)
    // Nothing of the run is still listened to.
    expect(listenerCount('reportProgress')).toBe(0)
  })

  it('ignores an answer that arrives after the range changed', async () => {
    const first = deferred<Result<InstanceTrendingReport>>()
    const getInstanceTrendingReport = vi
      .fn()
      .mockImplementationOnce(() => first.promise)
      .mockImplementation(async (input: TrendInput) => ok(trendFor(input, 2)))
    installFakeBridge({ getInstanceTrendingReport: getInstanceTrendingReport as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    const old = store.setCustomRange({ startTime: NOW - 3 * DAY_MS, endTime: NOW })
    await store.setPreset('yesterday')
    expect(store.report?.Inbound[0]?.TotalCalls).toBe(20)

    first.resolve(ok(trendFor({ startTime: NOW - 3 * DAY_MS, endTime: NOW }, 99)))
    await old
    expect(store.report?.Inbound.every((p) => p.TotalCalls === 20)).toBe(true)
    expect(store.loading).toBe(false)
    expect(store.choice).toBe('yesterday')
  })

  it('drops answers once cancelled (the user left the page)', async () => {
    const first = deferred<Result<InstanceTrendingReport>>()
    installFakeBridge({ getInstanceTrendingReport: (() => first.promise) as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    const load = store.setCustomRange({ startTime: NOW - DAY_MS, endTime: NOW })
    store.cancel()
    first.resolve(ok(trendFor({ startTime: NOW - DAY_MS, endTime: NOW })))
    await load
    expect(store.report).toBeNull()
    expect(store.loading).toBe(false)
  })

  it('shows an API error with its code and RequestId', async () => {
    const getInstanceTrendingReport = vi
      .fn()
      .mockImplementationOnce(async () => failed({ code: 'Throttling.User', message: 'Request was denied due to user flow control.', requestId: 'REQ-42' }))
    installFakeBridge({ getInstanceTrendingReport: getInstanceTrendingReport as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    await store.setCustomRange({ startTime: NOW - 15 * DAY_MS, endTime: NOW })
    expect(getInstanceTrendingReport).toHaveBeenCalledTimes(1)
    expect(store.error).toEqual({ code: 'Throttling.User', message: 'Request was denied due to user flow control.', requestId: 'REQ-42' })
    expect(store.loading).toBe(false)
    expect(store.report).toBeNull()
  })

  it('refuses a range older than 180 days without calling, saying why', async () => {
    const getInstanceTrendingReport = vi.fn()
    installFakeBridge({ getInstanceTrendingReport: getInstanceTrendingReport as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    await store.setCustomRange({ startTime: NOW - 200 * DAY_MS, endTime: NOW - 190 * DAY_MS })
    expect(getInstanceTrendingReport).not.toHaveBeenCalled()
    expect(store.rangeProblem?.code).toBe('Range.TooOld')
    expect(store.rangeProblem?.message).toMatch(/180 days/)
    expect(store.loading).toBe(false)
  })

  it('serves a 200-day custom range from the 180-day limit on, and says what it served', async () => {
    const getInstanceTrendingReport = vi.fn(async (input: TrendInput) => ok(trendFor(input)))
    installFakeBridge({ getInstanceTrendingReport: getInstanceTrendingReport as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    const asked = { startTime: NOW - 200 * DAY_MS, endTime: NOW }
    await store.setCustomRange(asked)
    expect(store.rangeProblem).toBeNull()
    const [input] = getInstanceTrendingReport.mock.calls[0]! as [TrendInput]
    expect(input.startTime).toBeGreaterThanOrEqual(NOW - 180 * DAY_MS)
    expect(input.startTime).toBeLessThan(NOW - 180 * DAY_MS + 2 * HOUR_MS)
    expect(store.rangeNotes).toContainEqual({ code: 'Range.StartTrimmed', asked, served: { startTime: input.startTime, endTime: NOW } })
    // The picker keeps what the user asked for; the note says what was served instead.
    expect(store.customRange).toEqual(asked)
  })

  it('refuses an end before the start without calling', async () => {
    const getInstanceTrendingReport = vi.fn()
    installFakeBridge({ getInstanceTrendingReport: getInstanceTrendingReport as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    await store.setCustomRange({ startTime: NOW - DAY_MS, endTime: NOW - 2 * DAY_MS })
    expect(getInstanceTrendingReport).not.toHaveBeenCalled()
    expect(store.rangeProblem?.code).toBe('Range.EndBeforeStart')
  })

  it('serves "last 180 days" inside the limit, as one request of 26 calls', async () => {
    const getInstanceTrendingReport = vi.fn(async (input: TrendInput) => ok(trendFor(input)))
    installFakeBridge({ getInstanceTrendingReport: getInstanceTrendingReport as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    await store.setPreset('last180Days')
    expect(store.rangeProblem).toBeNull()
    expect(getInstanceTrendingReport).toHaveBeenCalledTimes(1)
    const [input] = getInstanceTrendingReport.mock.calls[0]! as [TrendInput]
    expect(input.startTime).toBeGreaterThanOrEqual(NOW - 180 * DAY_MS)
    expect(input.endTime).toBe(NOW)
    expect(store.progress).toEqual({ done: 26, total: 26 })
  })

  it('fetches the previous period when compared and lines it up with the current buckets', async () => {
    const getInstanceTrendingReport = vi.fn(async (input: TrendInput) =>
      ok(trendFor(input, input.startTime < NOW - DAY_MS ? 1 : 2))
    )
    installFakeBridge({ getInstanceTrendingReport: getInstanceTrendingReport as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    await store.setCustomRange({ startTime: NOW - DAY_MS, endTime: NOW })
    expect(getInstanceTrendingReport).toHaveBeenCalledTimes(1)
    await store.setComparePrevious(true)
    expect(getInstanceTrendingReport).toHaveBeenCalledTimes(3)
    expect(getInstanceTrendingReport.mock.calls[2]![0]).toMatchObject({ startTime: NOW - 2 * DAY_MS, endTime: NOW - DAY_MS })
    expect(store.previousRows).toHaveLength(store.rows.length)
    expect(store.previousRows?.[0]?.values.TotalCalls).toBe(10)
    expect(store.rows[0]?.values.TotalCalls).toBe(20)
  })

  /** One 15-minute point per slot of the range, 3 calls queued and 2 handled in each. */
  function quarterly(range: TimeRange): InstanceTrendingReport {
    const Inbound = []
    for (let t = range.startTime - (range.startTime % QUARTER); t < range.endTime; t += QUARTER) {
      Inbound.push({ StatsTime: t, TotalCalls: 4, CallsQueued: 3, CallsHandled: 2, CallsAbandonedInIVR: 0, CallsAbandonedInQueue: 1, CallsAbandonedInRinging: 0 })
    }
    return { Inbound, Outbound: [] }
  }

  it('draws a long range rolled up by day in the report\'s zone, lets the user pick hourly or as served, and totals the same', async () => {
    installFakeBridge({ getInstanceTrendingReport: (async (input: TrendInput) => ok(quarterly(input))) as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    await store.setTimeZone('Europe/London')
    // 20 whole London days (summer time: midnight is 23:00 UTC).
    const range = { startTime: Date.UTC(2024, 4, 20, 23), endTime: Date.UTC(2024, 5, 9, 23) }
    await store.setCustomRange(range)
    expect(store.points).toHaveLength(20 * 96)
    expect(store.servedBucketMs).toBe(QUARTER)
    expect(store.rollups).toEqual(['none', 'hour', 'day'])
    expect(store.rollup).toBe('day')
    expect(store.rows).toHaveLength(20)
    expect(store.rows[0]).toEqual({
      StatsTime: range.startTime,
      values: { TotalCalls: 4 * 96, CallsQueued: 3 * 96, CallsHandled: 2 * 96, CallsAbandonedInIVR: 0, CallsAbandonedInQueue: 96, CallsAbandonedInRinging: 0 }
    })
    expect(store.bucketMs).toBe(DAY_MS)
    const totals = { ...store.totals }
    expect(totals.TotalCalls).toBe(4 * 96 * 20)

    store.setRollup('hour')
    expect(store.rows).toHaveLength(20 * 24)
    expect(store.rows[1]!.StatsTime - store.rows[0]!.StatsTime).toBe(HOUR_MS)
    expect(store.rows[0]!.values.TotalCalls).toBe(16)
    expect(store.bucketMs).toBe(HOUR_MS)
    store.setRollup('none')
    expect(store.rows).toHaveLength(20 * 96)
    expect(store.bucketMs).toBe(QUARTER)
    expect(store.totals).toEqual(totals)

    // A new range opens on its own default: a day is drawn as served.
    await store.setPreset('yesterday')
    expect(store.rollup).toBe('none')
    expect(store.rows).toHaveLength(store.points.length)
    await store.setPreset('last7Days')
    expect(store.rollup).toBe('hour')
  })

  it('draws the last 180 days a day a bucket by default, every quarter hour counted once', async () => {
    installFakeBridge({ getInstanceTrendingReport: (async (input: TrendInput) => ok(quarterly(input))) as SupervisorApi['getInstanceTrendingReport'] })
    const store = useTrendReportStore()
    store.instanceId = 'ccc-a'
    await store.setTimeZone('Asia/Shanghai')
    await store.setPreset('last180Days')
    expect(store.servedBucketMs).toBe(QUARTER)
    expect(store.rollup).toBe('day')
    expect(store.bucketMs).toBe(DAY_MS)
    // Some 17,000 quarter hours served, drawn as one bucket per Shanghai day: 180 or 181 of them.
    expect(store.points.length).toBeGreaterThan(179 * 96)
    expect(store.rows.length).toBeGreaterThanOrEqual(180)
    expect(store.rows.length).toBeLessThanOrEqual(181)
    for (let i = 1; i < store.rows.length; i++) expect(store.rows[i]!.StatsTime - store.rows[i - 1]!.StatsTime).toBe(DAY_MS)
    const days = store.rows.reduce((n, row) => n + Number(row.values.TotalCalls ?? 0), 0)
    expect(days).toBe(4 * store.points.length)
    expect(store.totals.TotalCalls).toBe(4 * store.points.length)
  })
})
