/**
 * What the interval and trend report stores share: the range the user picked (preset or custom, in
 * a chosen zone), asking main for it with progress (main's client splits it into calls), and
 * dropping answers that arrive after the user moved on.
 */
import { computed, ref, shallowRef, type Ref } from 'vue'
import { planRange, RangeRuleError, type RangePlan, type ReportKind } from '@shared/ccc/range-split'
import { previousPeriod } from '@shared/ccc/report-range'
import type { IntervalGranularity, TimeRange } from '@shared/ccc/types'
import { bucketNote, type RangeNote } from '../model/range-notes'
import type { AppError, Result } from '@shared/result'
import { clampCustomRange, reportPresetRange, type RangeChoice, type ReportPreset } from '../model/report-time'
import { callApi, subscribe } from '../api/supervisor-api'
import { useSessionStore } from './session'

export interface ReportProgress {
  done: number
  total: number
}

/** A range the rules refuse, said before any call is made. */
export interface RangeProblem {
  code: string
  message: string
  /** The range's instants, shown in the report's zone (src/shared/messages). */
  params?: Record<string, string | number>
}

/**
 * The user's range choice; a preset is resolved at `now` in the chosen zone each time it loads.
 * Until the user picks a zone it is the one the instance keeps its days in (`instanceZone`).
 */
export function createRangeSelection(defaultChoice: ReportPreset, instanceZone: () => string) {
  const choice = ref<RangeChoice>(defaultChoice)
  const customRange = ref<TimeRange | null>(null)
  const chosenZone = ref<string | null>(null)
  const timeZone = computed<string>({
    get: () => chosenZone.value ?? instanceZone(),
    set: (zone) => {
      chosenZone.value = zone
    }
  })
  /** Back to the instance's own zone: another instance's "(instance)" is another zone. */
  const followInstanceZone = (): void => {
    chosenZone.value = null
  }
  const comparePrevious = ref(false)

  /** The range asked for, before the rules move or split it; null for a custom choice not made yet. */
  function requestedRange(now: number): TimeRange | null {
    if (choice.value === 'custom') return customRange.value
    return reportPresetRange(choice.value, now, timeZone.value)
  }

  return { choice, customRange, timeZone, followInstanceZone, comparePrevious, requestedRange }
}

export type PlanOutcome = { ok: true; plan: RangePlan } | { ok: false; problem: RangeProblem }

export function planFor(kind: ReportKind, range: TimeRange, now: number): PlanOutcome {
  try {
    return { ok: true, plan: planRange(kind, range, now) }
  } catch (error) {
    if (error instanceof RangeRuleError) return { ok: false, problem: { code: error.code, message: error.message, params: error.params } }
    throw error
  }
}

/** The previous period's plan, or why it cannot be served (it is often older than 180 days). */
export function previousPlanFor(kind: ReportKind, served: TimeRange, now: number): PlanOutcome {
  return planFor(kind, previousPeriod(served), now)
}

let runCount = 0
// Unique among this page's runs; main keys progress and cancelling by it.
const runPrefix = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('')
const nextProgressId = (): string => `report-${runPrefix}-${++runCount}`

/**
 * One range as one request: main's client splits it into the calls the API accepts and merges
 * them, telling the page after each call (`reportProgress`). `onCalls` hears done and total.
 */
async function fetchRange<T>(
  fetch: (range: TimeRange, progressId: string) => Promise<Result<T>>,
  range: TimeRange,
  running: Set<string>,
  onCalls: (done: number, total: number) => void
): Promise<Result<T>> {
  const progressId = nextProgressId()
  running.add(progressId)
  const stop = subscribe('reportProgress', (event) => {
    if (event.progressId === progressId) onCalls(event.done, event.total)
  })
  try {
    return await fetch(range, progressId)
  } finally {
    stop()
    running.delete(progressId)
  }
}

/**
 * One report's fetching: plans the range (to refuse what the rules refuse before any call, and
 * to say what will be served), asks main for it with progress, and does the same for the
 * previous period when asked. A newer load or cancel() stops the older run in main and makes
 * every answer of it ignored.
 */
export function createReportRun<M>(options: {
  fetch: (instanceId: string, range: TimeRange, progressId: string) => Promise<Result<M>>
}) {
  const data = shallowRef<M | null>(null)
  const previous = shallowRef<M | null>(null)
  const served = ref<TimeRange | null>(null)
  const previousServed = ref<TimeRange | null>(null)
  const endClamped = ref(false)
  const loading = ref(false)
  const progress = ref<ReportProgress | null>(null)
  const error = ref<AppError | null>(null)
  const rangeProblem = ref<RangeProblem | null>(null)
  /** How what is served differs from what was asked (see RangeNote); empty when it does not. */
  const rangeNotes = ref<RangeNote[]>([])
  /** What the figures cover: the range served, or more where the interval buckets are wider. */
  const covered = computed<TimeRange | null>(() => {
    const wider = rangeNotes.value.find((note) => note.code === 'Range.BucketWider')
    return served.value && wider?.code === 'Range.BucketWider' ? wider.covered : served.value
  })
  /** Why the previous period is not shown although asked for (too old, or its calls failed). */
  const previousProblem = ref<RangeProblem | null>(null)
  /** The user stopped the last run: what is shown (if anything) is from before it. */
  const stopped = ref(false)
  let generation = 0
  /** Runs main is still making calls for; stopped when their answers are no longer wanted. */
  const running = new Set<string>()

  function clear(): void {
    data.value = null
    previous.value = null
    served.value = null
    previousServed.value = null
    endClamped.value = false
    rangeNotes.value = []
    stopped.value = false
  }

  function stopRunning(): void {
    for (const progressId of running) void callApi((bridge) => bridge.cancelReport({ progressId }))
    running.clear()
  }

  function cancel(): void {
    generation++
    stopRunning()
    loading.value = false
    progress.value = null
  }

  /** Stops the calls still to come (main stops between them); what is shown stays as it was. */
  function stop(): void {
    if (!loading.value) return
    cancel()
    stopped.value = true
  }

  async function load(request: {
    instanceId: string
    range: TimeRange | null
    kind: ReportKind
    comparePrevious: boolean
    /** The interval's buckets (Daily ones are days of `timeZone`), whose cover is checked against the range; absent for the trend. */
    buckets?: { interval: IntervalGranularity; timeZone: string }
    now?: number
  }): Promise<void> {
    const mine = ++generation
    const current = (): boolean => mine === generation
    stopRunning()
    stopped.value = false
    error.value = null
    rangeProblem.value = null
    previousProblem.value = null
    progress.value = null
    if (request.range === null) {
      loading.value = false
      clear()
      return
    }
    const now = request.now ?? Date.now()
    // A range partly older than the API keeps is served from the limit on, and the page says so.
    const asked = request.range
    const fitted = clampCustomRange(asked, now)
    const planned = planFor(request.kind, fitted, now)
    if (!planned.ok) {
      loading.value = false
      clear()
      rangeProblem.value = planned.problem
      return
    }
    const plan = planned.plan
    const notes: RangeNote[] = []
    if (fitted.startTime !== asked.startTime) notes.push({ code: 'Range.StartTrimmed', asked, served: plan.range })
    const { buckets } = request
    const wider = buckets ? bucketNote(buckets.interval, { startTime: fitted.startTime, endTime: plan.range.endTime }, now, buckets.timeZone) : null
    if (wider) notes.push(wider)
    const previousPlan = request.comparePrevious ? previousPlanFor(request.kind, plan.range, now) : null
    if (previousPlan && !previousPlan.ok) previousProblem.value = previousPlan.problem
    // The bar counts the calls of both periods; main says each run's own as it goes.
    const counts = [{ done: 0, total: plan.calls.length }, { done: 0, total: previousPlan?.ok ? previousPlan.plan.calls.length : 0 }]
    const showProgress = (): void => {
      if (current()) progress.value = { done: counts[0]!.done + counts[1]!.done, total: counts[0]!.total + counts[1]!.total }
    }
    const counter = (index: 0 | 1) => (done: number, total: number): void => {
      counts[index] = { done, total }
      showProgress()
    }
    showProgress()
    loading.value = true
    const fetch = (range: TimeRange, progressId: string): Promise<Result<M>> => options.fetch(request.instanceId, range, progressId)

    const answer = await fetchRange(fetch, plan.range, running, counter(0))
    if (!current()) return
    if (!answer.ok) {
      clear()
      error.value = answer.error
      loading.value = false
      return
    }
    // Every call answered, whether or not each of main's notices arrived before its answer.
    counter(0)(counts[0]!.total, counts[0]!.total)
    data.value = answer.data
    served.value = plan.range
    endClamped.value = plan.endClamped
    rangeNotes.value = notes
    previous.value = null
    previousServed.value = null

    if (previousPlan?.ok) {
      const before = await fetchRange(fetch, previousPlan.plan.range, running, counter(1))
      if (!current()) return
      if (before.ok) {
        counter(1)(counts[1]!.total, counts[1]!.total)
        previous.value = before.data
        previousServed.value = previousPlan.plan.range
      } else {
        previousProblem.value = { code: before.error.code, message: before.error.message, params: before.error.params }
      }
    }
    loading.value = false
  }

  return {
    data,
    previous,
    served,
    previousServed,
    covered,
    endClamped,
    rangeNotes,
    loading,
    progress,
    error,
    rangeProblem,
    previousProblem,
    stopped,
    load,
    cancel,
    stop,
    clear
  }
}

/**
 * What both report pages do when the user changes instance, range, zone or comparison: set the
 * selection and load again (or not, where nothing the page shows changes).
 */
export function createRangeActions(
  instanceId: Ref<string | null>,
  selection: ReturnType<typeof createRangeSelection>,
  run: { cancel(): void; clear(): void },
  load: () => Promise<void>
) {
  // Another account's figures never stay on screen: the next open() loads afresh.
  useSessionStore().onChange(() => {
    run.cancel()
    run.clear()
    instanceId.value = null
    selection.followInstanceZone()
  })
  return {
    /** Shows the report of this instance; another instance's figures are dropped first. */
    open(id: string): Promise<void> {
      if (id !== instanceId.value) {
        run.cancel()
        run.clear()
        instanceId.value = id
        selection.followInstanceZone()
      }
      return load()
    },
    setPreset(next: Exclude<RangeChoice, 'custom'>): Promise<void> {
      selection.choice.value = next
      return load()
    },
    setCustomRange(range: TimeRange): Promise<void> {
      selection.choice.value = 'custom'
      selection.customRange.value = range
      return load()
    },
    setTimeZone(zone: string): Promise<void> {
      selection.timeZone.value = zone
      // Presets are days of the chosen zone: a new zone is a new range.
      return selection.choice.value === 'custom' ? Promise.resolve() : load()
    },
    setComparePrevious(on: boolean): Promise<void> {
      selection.comparePrevious.value = on
      return on ? load() : Promise.resolve()
    },
    /** Stops listening to calls in flight (the user left the page). */
    cancel(): void {
      run.cancel()
    }
  }
}
