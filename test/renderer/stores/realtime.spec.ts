import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_THRESHOLDS } from '@renderer/model/thresholds'
import { usePreferencesStore } from '@renderer/stores/preferences'
import { isEntryStale, isPartStale, useRealtimeStore } from '@renderer/stores/realtime'
import type { SupervisorApi } from '@shared/ipc/contract'
import { deferred, failed, installFakeBridge, memoryStorage, ok, realtime, summary } from '../fake-bridge'

const T0 = 1_700_000_000_000
const throttled = { code: 'Throttling.User', message: 'Request was denied due to user flow control.', requestId: 'R-42' }

/** A document whose visibility the test switches. */
function fakeDocument() {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as 'visible' | 'hidden' })
  vi.stubGlobal('document', doc)
  return {
    hide() {
      doc.visibilityState = 'hidden'
      doc.dispatchEvent(new Event('visibilitychange'))
    },
    show() {
      doc.visibilityState = 'visible'
      doc.dispatchEvent(new Event('visibilitychange'))
    }
  }
}

function liveBridge(waiting = 3) {
  const getRealtimeInstanceStates = vi.fn(async ({ instanceId }: { instanceId: string }) => ok(realtime(instanceId, waiting)))
  const getInstanceSummaryReportSinceMidnight = vi.fn(async ({ instanceId }: { instanceId: string }) => ok(summary(instanceId)))
  const bridge = installFakeBridge({
    getRealtimeInstanceStates: getRealtimeInstanceStates as SupervisorApi['getRealtimeInstanceStates'],
    getInstanceSummaryReportSinceMidnight: getInstanceSummaryReportSinceMidnight as SupervisorApi['getInstanceSummaryReportSinceMidnight']
  })
  return { bridge, getRealtimeInstanceStates, getInstanceSummaryReportSinceMidnight }
}

let page: ReturnType<typeof fakeDocument>

beforeEach(() => {
  vi.useFakeTimers({ now: T0 })
  vi.stubGlobal('localStorage', memoryStorage())
  page = fakeDocument()
  setActivePinia(createPinia())
})
afterEach(() => {
  useRealtimeStore().stopAll()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('realtime store: polling', () => {
  it('shows the figures of both calls at once, then refreshes them every 15 s by default', async () => {
    const { getRealtimeInstanceStates, getInstanceSummaryReportSinceMidnight } = liveBridge(5)
    const store = useRealtimeStore()
    store.watchInstances(['ccc-a'])
    await vi.advanceTimersByTimeAsync(0)

    const entry = store.entries['ccc-a']
    expect(entry?.states.data?.WaitingCalls).toBe(5)
    expect(entry?.summary.data?.Inbound.ServiceLevel20).toBe(0.85)
    expect(entry?.states.updatedAt).toBe(T0)
    expect(entry && isEntryStale(entry)).toBe(false)

    await vi.advanceTimersByTimeAsync(15_000)
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(2)
    expect(getInstanceSummaryReportSinceMidnight).toHaveBeenCalledTimes(2)
    expect(store.entries['ccc-a']?.states.updatedAt).toBe(T0 + 15_000)
  })

  it('keeps the last good figures after a failed refresh, marked stale with the code and RequestId, and recovers by itself', async () => {
    const { getRealtimeInstanceStates } = liveBridge(5)
    const store = useRealtimeStore()
    store.watchInstances(['ccc-a'])
    await vi.advanceTimersByTimeAsync(0)

    getRealtimeInstanceStates.mockResolvedValueOnce(failed(throttled) as never)
    await vi.advanceTimersByTimeAsync(15_000)
    let entry = store.entries['ccc-a']!
    expect(entry.states.data?.WaitingCalls).toBe(5)
    expect(entry.states.updatedAt).toBe(T0)
    expect(entry.states.error).toEqual(throttled)
    expect(entry.states.failedAt).toBe(T0 + 15_000)
    expect(isPartStale(entry.states)).toBe(true)
    // The summary answered: only the failed part is stale.
    expect(isPartStale(entry.summary)).toBe(false)

    getRealtimeInstanceStates.mockResolvedValueOnce(ok(realtime('ccc-a', 8)) as never)
    await vi.advanceTimersByTimeAsync(15_000)
    entry = store.entries['ccc-a']!
    expect(entry.states.data?.WaitingCalls).toBe(8)
    expect(entry.states.error).toBeNull()
    expect(isEntryStale(entry)).toBe(false)
  })

  it('never sends a second request while one is in flight, whether by timer or by the refresh button', async () => {
    const { getRealtimeInstanceStates } = liveBridge()
    const answer = deferred<ReturnType<typeof ok>>()
    getRealtimeInstanceStates.mockReturnValueOnce(answer.promise as never)
    const store = useRealtimeStore()
    store.watchInstances(['ccc-a'])
    await vi.advanceTimersByTimeAsync(60_000)
    void store.refresh('ccc-a')
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(1)
    expect(store.entries['ccc-a']?.loading).toBe(true)

    answer.resolve(ok(realtime('ccc-a', 1)))
    await vi.advanceTimersByTimeAsync(15_000)
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(2)
    expect(store.entries['ccc-a']?.loading).toBe(false)
  })

  it('pauses while the window is hidden and refreshes at once when it is shown again', async () => {
    const { getRealtimeInstanceStates } = liveBridge()
    const store = useRealtimeStore()
    store.watchInstances(['ccc-a'])
    await vi.advanceTimersByTimeAsync(0)

    page.hide()
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(1)

    const answer = deferred<ReturnType<typeof ok>>()
    getRealtimeInstanceStates.mockReturnValueOnce(answer.promise as never)
    page.show()
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(2)
    // Ten minutes old: stale until the refresh answers.
    expect(isEntryStale(store.entries['ccc-a']!)).toBe(true)
    answer.resolve(ok(realtime('ccc-a', 2)))
    await vi.advanceTimersByTimeAsync(0)
    expect(isEntryStale(store.entries['ccc-a']!)).toBe(false)
  })

  it('after the machine sleeps, refreshes at once and marks what is shown stale until the answer arrives', async () => {
    const { getRealtimeInstanceStates } = liveBridge(4)
    const store = useRealtimeStore()
    store.watchInstances(['ccc-a'])
    await vi.advanceTimersByTimeAsync(0)

    const answer = deferred<ReturnType<typeof ok>>()
    getRealtimeInstanceStates.mockReturnValueOnce(answer.promise as never)
    vi.setSystemTime(T0 + 2 * 3_600_000)
    await vi.advanceTimersByTimeAsync(15_000)

    const entry = store.entries['ccc-a']!
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(2)
    expect(entry.states.outdated).toBe(true)
    expect(entry.states.error).toBeNull()
    expect(isEntryStale(entry)).toBe(true)
    expect(entry.states.data?.WaitingCalls).toBe(4)

    answer.resolve(ok(realtime('ccc-a', 9)))
    await vi.advanceTimersByTimeAsync(0)
    expect(store.entries['ccc-a']?.states.data?.WaitingCalls).toBe(9)
    expect(isEntryStale(store.entries['ccc-a']!)).toBe(false)
  })

  it('follows the chosen refresh period, and "off" leaves only manual refreshes', async () => {
    const { getRealtimeInstanceStates } = liveBridge()
    const preferences = usePreferencesStore()
    const store = useRealtimeStore()
    preferences.setRefreshPeriod(60)
    store.watchInstances(['ccc-a'])
    await vi.advanceTimersByTimeAsync(59_000)
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(2)

    preferences.setRefreshPeriod(0)
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(2)
    await store.refresh('ccc-a')
    expect(getRealtimeInstanceStates).toHaveBeenCalledTimes(3)
  })

  it('polls several instances, each with its own stale state', async () => {
    const { getRealtimeInstanceStates } = liveBridge()
    getRealtimeInstanceStates.mockImplementation(async ({ instanceId }) =>
      instanceId === 'ccc-b' ? (failed(throttled) as never) : ok(realtime(instanceId, 1))
    )
    const store = useRealtimeStore()
    store.watchInstances(['ccc-a', 'ccc-b'])
    await vi.advanceTimersByTimeAsync(0)
    expect(store.entries['ccc-a']?.states.data).not.toBeNull()
    expect(store.entries['ccc-b']?.states.data).toBeNull()
    expect(store.entries['ccc-b']?.states.error).toEqual(throttled)

    getRealtimeInstanceStates.mockImplementation(async ({ instanceId }) =>
      instanceId === 'ccc-a' ? (failed(throttled) as never) : ok(realtime(instanceId, 2))
    )
    await vi.advanceTimersByTimeAsync(15_000)
    expect(isEntryStale(store.entries['ccc-a']!)).toBe(true)
    expect(isEntryStale(store.entries['ccc-b']!)).toBe(false)
  })

  it('stops polling an instance taken off the wallboard, and everything when the page closes', async () => {
    const { getRealtimeInstanceStates } = liveBridge()
    const store = useRealtimeStore()
    store.watchInstances(['ccc-a', 'ccc-b'])
    await vi.advanceTimersByTimeAsync(0)
    store.watchInstances(['ccc-a'])
    await vi.advanceTimersByTimeAsync(15_000)
    const calls = (id: string) => getRealtimeInstanceStates.mock.calls.filter(([input]) => input.instanceId === id).length
    expect(calls('ccc-a')).toBe(2)
    expect(calls('ccc-b')).toBe(1)

    store.stopAll()
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(calls('ccc-a')).toBe(2)
  })

  it('drops an answer that arrives after a profile switch', async () => {
    const { getRealtimeInstanceStates } = liveBridge()
    const answer = deferred<ReturnType<typeof ok>>()
    getRealtimeInstanceStates.mockReturnValueOnce(answer.promise as never)
    const store = useRealtimeStore()
    store.watchInstances(['ccc-a'])
    store.reset()
    answer.resolve(ok(realtime('ccc-a', 99)))
    await vi.advanceTimersByTimeAsync(0)
    expect(store.entries['ccc-a']).toBeUndefined()
  })
})

describe('realtime store: thresholds', () => {
  it('colours waiting calls, the longest wait and the service level by the defaults', async () => {
    const { getRealtimeInstanceStates, getInstanceSummaryReportSinceMidnight } = liveBridge()
    getRealtimeInstanceStates.mockResolvedValue(ok(realtime('ccc-a', 7, { LongestWaitingTime: 130 })) as never)
    getInstanceSummaryReportSinceMidnight.mockResolvedValue(ok(summary('ccc-a', { ServiceLevel20: 0.5 })) as never)
    const store = useRealtimeStore()
    store.watchInstances(['ccc-a'])
    await vi.advanceTimersByTimeAsync(0)
    expect(store.levelsFor('ccc-a')).toEqual({ WaitingCalls: 'warn', LongestWaitingTime: 'alert', ServiceLevel20: 'alert' })
  })

  it('uses the thresholds set for an instance, remembers them across restarts, and can reset them', async () => {
    liveBridge(7)
    const store = useRealtimeStore()
    store.watchInstances(['ccc-a'])
    await vi.advanceTimersByTimeAsync(0)
    store.setThresholds('ccc-a', { ...DEFAULT_THRESHOLDS, WaitingCalls: { warn: 2, alert: 6 } })
    expect(store.levelsFor('ccc-a').WaitingCalls).toBe('alert')
    // Other instances keep the defaults.
    expect(store.thresholdsFor('ccc-b').WaitingCalls).toEqual({ warn: 5, alert: 10 })

    store.stopAll()
    setActivePinia(createPinia())
    const restarted = useRealtimeStore()
    expect(restarted.thresholdsFor('ccc-a').WaitingCalls).toEqual({ warn: 2, alert: 6 })
    restarted.resetThresholds('ccc-a')
    expect(restarted.thresholdsFor('ccc-a').WaitingCalls).toEqual({ warn: 5, alert: 10 })
  })

  it('survives unreadable stored thresholds', () => {
    localStorage.setItem('ccc-supervisor.thresholds', '{not json')
    expect(useRealtimeStore().thresholdsFor('ccc-a')).toEqual(DEFAULT_THRESHOLDS)
  })
})
