import { effectScope } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPoller, usePolling, type VisibilitySource } from '@renderer/composables/polling'
import { deferred } from '../fake-bridge'

/** A page visibility the test switches by hand. */
function fakeVisibility() {
  let hidden = false
  const listeners = new Set<() => void>()
  const source: VisibilitySource = {
    isHidden: () => hidden,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
  return {
    source,
    listeners,
    set(next: boolean) {
      hidden = next
      for (const l of listeners) l()
    }
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('createPoller', () => {
  it('refreshes at once, then once per period', async () => {
    const run = vi.fn(async () => {})
    const poller = createPoller({ run, periodMs: 15_000, visibility: fakeVisibility().source })
    poller.start()
    expect(run).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(14_999)
    expect(run).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(run).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(run).toHaveBeenCalledTimes(4)
    poller.stop()
  })

  it('skips ticks while a refresh is still in flight, so requests never overlap', async () => {
    const answer = deferred<void>()
    const run = vi.fn().mockReturnValueOnce(answer.promise).mockResolvedValue(undefined)
    const poller = createPoller({ run, periodMs: 10_000, visibility: fakeVisibility().source })
    poller.start()
    await vi.advanceTimersByTimeAsync(35_000)
    expect(run).toHaveBeenCalledTimes(1)
    // A manual refresh joins the one in flight instead of sending another.
    void poller.refreshNow()
    expect(run).toHaveBeenCalledTimes(1)
    answer.resolve()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(run).toHaveBeenCalledTimes(2)
    poller.stop()
  })

  it('pauses while the window is hidden and refreshes on return when a period has passed', async () => {
    const visibility = fakeVisibility()
    const run = vi.fn(async () => {})
    const onLate = vi.fn()
    const poller = createPoller({ run, periodMs: 15_000, visibility: visibility.source, onLate })
    poller.start()
    visibility.set(true)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(run).toHaveBeenCalledTimes(1)
    expect(poller.paused).toBe(true)

    visibility.set(false)
    expect(run).toHaveBeenCalledTimes(2)
    // Two minutes away is far more than a period: what was on screen is flagged as old.
    expect(onLate).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(15_000)
    expect(run).toHaveBeenCalledTimes(3)
    poller.stop()
  })

  it('does not refresh on return from a short hide', async () => {
    const visibility = fakeVisibility()
    const run = vi.fn(async () => {})
    const poller = createPoller({ run, periodMs: 15_000, visibility: visibility.source })
    poller.start()
    await vi.advanceTimersByTimeAsync(5_000)
    visibility.set(true)
    await vi.advanceTimersByTimeAsync(3_000)
    visibility.set(false)
    expect(run).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(15_000)
    expect(run).toHaveBeenCalledTimes(2)
    poller.stop()
  })

  it('treats a tick that fires much later than scheduled as a clock jump (sleep)', async () => {
    const run = vi.fn(async () => {})
    const onLate = vi.fn()
    const poller = createPoller({ run, periodMs: 15_000, visibility: fakeVisibility().source, onLate })
    poller.start()
    // The wall clock moves an hour while the machine sleeps; the timer fires when it wakes.
    vi.setSystemTime(Date.now() + 3_600_000)
    await vi.advanceTimersByTimeAsync(15_000)
    expect(onLate).toHaveBeenCalledTimes(1)
    expect(onLate.mock.calls[0]?.[0]).toBeGreaterThan(3_500_000)
    expect(run).toHaveBeenCalledTimes(2)
    poller.stop()
  })

  it('ignores ordinary timer jitter', async () => {
    const onLate = vi.fn()
    const poller = createPoller({ run: async () => {}, periodMs: 15_000, visibility: fakeVisibility().source, onLate })
    poller.start()
    vi.setSystemTime(Date.now() + 800)
    await vi.advanceTimersByTimeAsync(15_000)
    expect(onLate).not.toHaveBeenCalled()
    poller.stop()
  })

  it('refreshes only when asked while the period is off, and restarts when one is chosen', async () => {
    const run = vi.fn(async () => {})
    const poller = createPoller({ run, periodMs: 0, visibility: fakeVisibility().source })
    poller.start()
    await vi.advanceTimersByTimeAsync(600_000)
    expect(run).toHaveBeenCalledTimes(1)
    await poller.refreshNow()
    expect(run).toHaveBeenCalledTimes(2)
    // The figures are older than the new period: refreshed at once, then on schedule.
    await vi.advanceTimersByTimeAsync(60_000)
    poller.setPeriod(30_000)
    expect(run).toHaveBeenCalledTimes(3)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(run).toHaveBeenCalledTimes(4)
    poller.stop()
  })

  it('leaves no timer or listener behind when stopped', async () => {
    const visibility = fakeVisibility()
    const poller = createPoller({ run: async () => {}, periodMs: 10_000, visibility: visibility.source })
    poller.start()
    expect(vi.getTimerCount()).toBe(1)
    expect(visibility.listeners.size).toBe(1)
    poller.stop()
    expect(vi.getTimerCount()).toBe(0)
    expect(visibility.listeners.size).toBe(0)
  })

  it('survives a refresh that throws', async () => {
    const run = vi.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(undefined)
    const poller = createPoller({ run, periodMs: 10_000, visibility: fakeVisibility().source })
    poller.start()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(run).toHaveBeenCalledTimes(2)
    poller.stop()
  })
})

describe('usePolling', () => {
  it('stops with the scope that created it', () => {
    const scope = effectScope()
    const poller = scope.run(() => usePolling({ run: async () => {}, periodMs: 10_000, visibility: fakeVisibility().source }))
    poller?.start()
    expect(vi.getTimerCount()).toBe(1)
    scope.stop()
    expect(poller?.running).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })
})
