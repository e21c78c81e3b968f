/**
 * A poller for figures that go stale: one refresh at a time, paused while the window is hidden,
 * and aware of sleep — a tick that fires much later than scheduled means the clock jumped (the
 * machine slept), so whatever is on screen is old and is refreshed at once.
 */
import { getCurrentScope, onScopeDispose, ref, watch } from 'vue'

export interface VisibilitySource {
  isHidden(): boolean
  /** Calls `listener` on every change; answers the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

/** The page's visibility (document.visibilityState); always visible where there is no document. */
export const documentVisibility: VisibilitySource = {
  isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
  subscribe(listener) {
    if (typeof document === 'undefined') return () => {}
    document.addEventListener('visibilitychange', listener)
    return () => document.removeEventListener('visibilitychange', listener)
  }
}

/**
 * True while some watched instance's alerts are to be told (alert delivery sets it): the pollers
 * that feed alerts then go on with the window hidden, as a supervisor away from the screen needs.
 */
export const alertsWantHiddenPolling = ref(false)

/** The page's visibility as the alert-feeding pollers see it: never hidden while alerts are to be told. */
export const alertFeedVisibility: VisibilitySource = {
  isHidden: () => !alertsWantHiddenPolling.value && documentVisibility.isHidden(),
  subscribe(listener) {
    const stopDocument = documentVisibility.subscribe(listener)
    const stopAlerts = watch(alertsWantHiddenPolling, listener, { flush: 'sync' })
    return () => {
      stopDocument()
      stopAlerts()
    }
  }
}

export interface PollerOptions {
  /** One refresh; it should not throw (a rejection is swallowed so the schedule survives). */
  run: () => Promise<void>
  /** Milliseconds between refreshes; 0 refreshes only when asked. */
  periodMs: number
  /**
   * What is on screen is much older than a period (a late tick after sleep, or the window coming
   * back after a long hide); called just before the catch-up refresh.
   */
  onLate?: (lateByMs: number) => void
  now?: () => number
  visibility?: VisibilitySource
}

export interface Poller {
  /** Refreshes at once (unless hidden), then every period. */
  start(): void
  /** Stops the schedule and the visibility listener; an answer already on its way still arrives. */
  stop(): void
  setPeriod(periodMs: number): void
  /** A refresh now, restarting the countdown; while one is in flight it answers that one instead. */
  refreshNow(): Promise<void>
  readonly running: boolean
  readonly inFlight: boolean
  readonly paused: boolean
}

/** How late a tick may be before it counts as a clock jump rather than timer jitter. */
export const lateAfterMs = (periodMs: number): number => Math.max(periodMs, 5_000)

export function createPoller(options: PollerOptions): Poller {
  const now = options.now ?? (() => Date.now())
  const visibility = options.visibility ?? documentVisibility
  let periodMs = options.periodMs
  let timer: ReturnType<typeof setTimeout> | null = null
  let dueAt = 0
  let running = false
  let hiddenPause = false
  let lastRunAt: number | null = null
  let current: Promise<void> | null = null
  let unsubscribe: (() => void) | null = null

  const clear = (): void => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  function schedule(): void {
    clear()
    if (!running || hiddenPause || periodMs <= 0) return
    dueAt = now() + periodMs
    timer = setTimeout(tick, periodMs)
  }

  function execute(): Promise<void> {
    if (current) return current
    lastRunAt = now()
    current = options
      .run()
      .catch(() => {})
      .finally(() => {
        current = null
      })
    return current
  }

  function tick(): void {
    timer = null
    if (visibility.isHidden()) {
      hiddenPause = true
      return
    }
    const late = now() - dueAt
    // Skip, do not queue, while the previous refresh is still out: requests never overlap.
    if (current === null) {
      if (late > lateAfterMs(periodMs)) options.onLate?.(late)
      void execute()
    }
    schedule()
  }

  /** After a pause or a period change: refresh at once when a period has gone by since the last one. */
  function catchUp(): void {
    if (periodMs > 0) {
      const age = lastRunAt === null ? Infinity : now() - lastRunAt
      if (age >= periodMs) {
        if (lastRunAt !== null && age - periodMs > lateAfterMs(periodMs)) options.onLate?.(age - periodMs)
        void execute()
      }
    }
    schedule()
  }

  function onVisibilityChange(): void {
    if (!running) return
    if (visibility.isHidden()) {
      hiddenPause = true
      clear()
    } else if (hiddenPause) {
      hiddenPause = false
      catchUp()
    }
  }

  return {
    start() {
      if (running) return
      running = true
      unsubscribe = visibility.subscribe(onVisibilityChange)
      if (visibility.isHidden()) {
        hiddenPause = true
        return
      }
      void execute()
      schedule()
    },
    stop() {
      running = false
      hiddenPause = false
      clear()
      unsubscribe?.()
      unsubscribe = null
    },
    setPeriod(next) {
      if (next === periodMs) return
      periodMs = next
      if (running && !hiddenPause) catchUp()
    },
    refreshNow() {
      const pending = execute()
      schedule()
      return pending
    },
    get running() {
      return running
    },
    get inFlight() {
      return current !== null
    },
    get paused() {
      return hiddenPause
    }
  }
}

/** A poller that stops with the component or effect scope that made it. */
export function usePolling(options: PollerOptions): Poller {
  const poller = createPoller(options)
  if (getCurrentScope()) onScopeDispose(() => poller.stop())
  return poller
}
