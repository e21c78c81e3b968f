import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DAY_MS, HOUR_MS, MAX_AGE_MS } from '@shared/ccc/range-split'
import type { IntervalReportItem } from '@shared/ccc/types'
import type { SupervisorApi } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import { useIntervalReportStore } from '@renderer/stores/interval-report'
import { useSessionStore } from '@renderer/stores/session'
import { deferred, emitEvent, installFakeBridge, ok, session } from '../fake-bridge'

const NOW = Date.UTC(2024, 5, 15, 10, 0, 0)

/** A bucket with the fields the tests read; the rest are left out (shown as missing). */
function item(StatsTime: number, inbound: Partial<IntervalReportItem['Inbound']>): IntervalReportItem {
  return {
    StatsTime,
    Inbound: inbound as IntervalReportItem['Inbound'],
    Outbound: { CallsDialed: 4, CallsAnswered: 3, AnswerRate: 0.75 } as IntervalReportItem['Outbound'],
    Overall: { TotalCalls: 9, AverageReadyTime: 30 } as IntervalReportItem['Overall']
  }
}

type IntervalInput = Parameters<SupervisorApi['listIntervalInstanceReport']>[0]

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('interval report store', () => {
  it('drops the previous account\'s figures the moment main switches the session, whatever the order of the notices', async () => {
    const list = vi.fn(async (input: IntervalInput) => ok([item(input.startTime, { CallsHandled: 7 })]))
    installFakeBridge({ listIntervalInstanceReport: list as SupervisorApi['listIntervalInstanceReport'] })
    const sessionStore = useSessionStore()
    sessionStore.replace(session({ revision: 3 }))
    const store = useIntervalReportStore()
    await store.open('ccc-a')
    expect(store.rows.length).toBeGreaterThan(0)

    // Main says it switched: the figures go at once, before any page asks for the new account's.
    emitEvent('sessionChanged', session({ profileId: 'other', revision: 4 }))
    expect(store.rows).toEqual([])
    expect(store.loaded).toBe(false)
    expect(store.instanceId).toBeNull()
    // The same instance ID under the new account is fetched afresh.
    await store.open('ccc-a')
    expect(list).toHaveBeenCalledTimes(2)
    expect(store.rows.length).toBeGreaterThan(0)
    // A late notice of the switch already applied changes nothing, nor does an older one.
    emitEvent('sessionChanged', session({ profileId: 'other', revision: 4 }))
    emitEvent('sessionChanged', session({ revision: 3 }))
    expect(store.rows.length).toBeGreaterThan(0)
    expect(sessionStore.session?.profileId).toBe('other')
  })

  it('refetches when Daily switches to Hourly', async () => {
    const list = vi.fn(async (input: IntervalInput) => ok([item(input.startTime, { CallsHandled: 1 })]))
    installFakeBridge({ listIntervalInstanceReport: list as SupervisorApi['listIntervalInstanceReport'] })
    const store = useIntervalReportStore()
    await store.open('ccc-a')
    expect(list).toHaveBeenCalledTimes(1)
    expect(list.mock.calls[0]![0]).toMatchObject({ instanceId: 'ccc-a', interval: 'Daily' })

    await store.setGranularity('Hourly')
    expect(store.granularity).toBe('Hourly')
    expect(list).toHaveBeenCalledTimes(2)
    expect(list.mock.calls[1]![0]).toMatchObject({ instanceId: 'ccc-a', interval: 'Hourly' })
  })

  it('asks main for a long hourly range in one request, on whole hours, counting the 3 calls main makes of it', async () => {
    const list = vi.fn(async () => ok([] as IntervalReportItem[]))
    installFakeBridge({ listIntervalInstanceReport: list as SupervisorApi['listIntervalInstanceReport'] })
    const store = useIntervalReportStore()
    store.instanceId = 'ccc-a'
    store.granularity = 'Hourly'
    await store.setPreset('last30Days')
    expect(list).toHaveBeenCalledTimes(1)
    const [input] = list.mock.calls[0]! as unknown as [IntervalInput]
    expect(input).toMatchObject({ instanceId: 'ccc-a', interval: 'Hourly' })
    expect(input.startTime % (DAY_MS / 24)).toBe(0)
    expect(input.endTime - input.startTime).toBeGreaterThan(20 * DAY_MS)
    expect(store.progress).toEqual({ done: 3, total: 3 })
    expect(store.loaded).toBe(true)
    expect(store.rows).toEqual([])
  })

  it('stops its run in main when the user moves on before the answer', async () => {
    const first = deferred<Result<IntervalReportItem[]>>()
    const list = vi
      .fn()
      .mockImplementationOnce(() => first.promise)
      .mockImplementation(async (input: IntervalInput) => ok([item(input.startTime, { CallsHandled: 2 })]))
    const cancelReport = vi.fn(async () => ok(true))
    installFakeBridge({ listIntervalInstanceReport: list as SupervisorApi['listIntervalInstanceReport'], cancelReport })
    const store = useIntervalReportStore()
    store.instanceId = 'ccc-a'
    const old = store.setPreset('last30Days')
    await vi.waitFor(() => expect(list).toHaveBeenCalledTimes(1))
    const [oldInput] = list.mock.calls[0]! as [IntervalInput]
    await store.setPreset('yesterday')
    expect(cancelReport).toHaveBeenCalledWith({ progressId: oldInput.progressId })
    first.resolve(ok([item(NOW - DAY_MS, { CallsHandled: 99 })]))
    await old
    expect(store.rows.map((row) => row.values.CallsHandled)).toEqual([2])
    // Leaving the page stops nothing more: no run is left.
    store.cancel()
    expect(cancelReport).toHaveBeenCalledTimes(1)
  })

  it('totals recompute averages from summed totals, never average the averages', async () => {
    const day = Date.UTC(2024, 5, 10, 16)
    const list = vi.fn(async () =>
      ok([
        item(day, { CallsHandled: 4, TotalTalkTime: 600, AverageTalkTime: 150, CallsQueued: 5, HandleRate: 0.8, MaxTalkTime: 400 }),
        item(day + DAY_MS, { CallsHandled: 1, TotalTalkTime: 300, AverageTalkTime: 300, CallsQueued: 1, HandleRate: 1, MaxTalkTime: 300 })
      ])
    )
    installFakeBridge({ listIntervalInstanceReport: list as SupervisorApi['listIntervalInstanceReport'] })
    const store = useIntervalReportStore()
    await store.open('ccc-a')

    // (600 + 300) / (4 + 1) = 180, not (150 + 300) / 2 = 225.
    expect(store.totals.AverageTalkTime).toBe(180)
    expect(store.totals.CallsHandled).toBe(5)
    expect(store.totals.TotalTalkTime).toBe(900)
    expect(store.totals.MaxTalkTime).toBe(400)
    expect(store.totals.HandleRate).toBeCloseTo(5 / 6)
    // No field lets this be recomputed.
    store.setGroup('Overall')
    expect(store.totals.AverageReadyTime).toBeNull()
    expect(store.totals.TotalCalls).toBe(18)
  })

  it('drops the figures of another instance when it switches', async () => {
    const list = vi.fn(async (input: IntervalInput) =>
      ok([item(NOW - DAY_MS, { CallsHandled: input.instanceId === 'ccc-a' ? 1 : 2 })])
    )
    installFakeBridge({ listIntervalInstanceReport: list as SupervisorApi['listIntervalInstanceReport'] })
    const store = useIntervalReportStore()
    await store.open('ccc-a')
    await store.setGranularity('Hourly')
    await store.open('ccc-b')
    expect(store.rows[0]?.values.CallsHandled).toBe(2)
    // The report type and range stay as chosen.
    expect(store.granularity).toBe('Hourly')
  })

  it('opens Today and Yesterday hour by hour, longer ranges day by day, and keeps a granularity the user picked', async () => {
    const list = vi.fn(async (input: IntervalInput) => ok([item(input.startTime, { CallsHandled: 1 })]))
    installFakeBridge({ listIntervalInstanceReport: list as SupervisorApi['listIntervalInstanceReport'] })
    const store = useIntervalReportStore()
    store.instanceId = 'ccc-a'
    await store.setPreset('today')
    expect(store.granularity).toBe('Hourly')
    expect(list.mock.calls.at(-1)![0]).toMatchObject({ interval: 'Hourly' })
    await store.setPreset('yesterday')
    expect(list.mock.calls.at(-1)![0]).toMatchObject({ interval: 'Hourly' })
    await store.setPreset('last7Days')
    expect(list.mock.calls.at(-1)![0]).toMatchObject({ interval: 'Daily' })
    // Picked by the user, Daily holds for Today too.
    await store.setGranularity('Daily')
    await store.setPreset('today')
    expect(store.granularity).toBe('Daily')
    expect(list.mock.calls.at(-1)![0]).toMatchObject({ interval: 'Daily' })
  })

  it('serves a 200-day custom range from the 180-day limit on, and says what it served', async () => {
    const list = vi.fn(async (input: IntervalInput) => ok([item(input.startTime, { CallsHandled: 1 })]))
    installFakeBridge({ listIntervalInstanceReport: list as SupervisorApi['listIntervalInstanceReport'] })
    const store = useIntervalReportStore()
    store.instanceId = 'ccc-a'
    const asked = { startTime: NOW - 200 * DAY_MS, endTime: NOW }
    await store.setCustomRange(asked)
    expect(store.rangeProblem).toBeNull()
    const [input] = list.mock.calls[0]! as [IntervalInput]
    expect(input.startTime).toBeGreaterThanOrEqual(NOW - MAX_AGE_MS)
    expect(input.startTime).toBeLessThan(NOW - MAX_AGE_MS + 2 * HOUR_MS)
    expect(store.served).toEqual({ startTime: input.startTime, endTime: NOW })
    expect(store.rangeNotes).toContainEqual({ code: 'Range.StartTrimmed', asked, served: { startTime: input.startTime, endTime: NOW } })
    // The picker keeps what the user asked for; the note says what was served instead.
    expect(store.customRange).toEqual(asked)
    // A range that fits has nothing to say.
    await store.setPreset('last7Days')
    expect(store.rangeNotes).toEqual([])
  })

  it('says that a 5-minute range on Daily gets the whole day\'s figures, and fits it better when switched to Hourly', async () => {
    const list = vi.fn(async (input: IntervalInput) => ok([item(input.startTime, { CallsHandled: 1 })]))
    installFakeBridge({ listIntervalInstanceReport: list as SupervisorApi['listIntervalInstanceReport'] })
    const store = useIntervalReportStore()
    store.instanceId = 'ccc-a'
    await store.setGranularity('Daily')
    // 03:50–03:55 on 14 June in Shanghai, the report's zone.
    const asked = { startTime: Date.UTC(2024, 5, 13, 19, 50), endTime: Date.UTC(2024, 5, 13, 19, 55) }
    await store.setCustomRange(asked)
    const shanghaiDay = { startTime: Date.UTC(2024, 5, 13, 16), endTime: Date.UTC(2024, 5, 14, 16) }
    expect(store.rangeNotes).toEqual([{ code: 'Range.BucketWider', interval: 'Daily', asked, covered: shanghaiDay }])
    // The heading shows what the figures cover, not the five minutes.
    expect(store.covered).toEqual(shanghaiDay)

    await store.setGranularity('Hourly')
    expect(list.mock.calls.at(-1)![0]).toMatchObject({ interval: 'Hourly' })
    const hour = { startTime: Date.UTC(2024, 5, 13, 19), endTime: Date.UTC(2024, 5, 13, 20) }
    expect(store.rangeNotes).toEqual([{ code: 'Range.BucketWider', interval: 'Hourly', asked, covered: hour }])
    expect(store.covered).toEqual(hour)
  })
})
