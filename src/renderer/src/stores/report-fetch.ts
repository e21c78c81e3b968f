/**
 * What the interval and trend report stores share: the range the user picked (preset or custom, in
 * a chosen zone), the plan of calls that serves it, and running those calls one after another
 * with progress, dropping answers that arrive after the user moved on.
 */
import { ref, shallowRef, type Ref } from 'vue'
import { planRange, RangeRuleError, type RangePlan, type ReportKind } from '@shared/ccc/range-split'
import { previousPeriod } from '@shared/ccc/report-range'
import type { TimeRange } from '@shared/ccc/types'
import type { AppError, Result } from '@shared/result'
import { INSTANCE_TIME_ZONE } from '@shared/ccc/instance-zone'
import { clampCustomRange, reportPresetRange, type RangeChoice, type ReportPreset } from '../model/report-time'
import { useSessionStore } from './session'

export interface ReportProgress {
  done: number
  total: number
}

/** A range the rules refuse, said before any call is made. */
export interface RangeProblem {
  code: string
  message: string
}

/** The user's range choice; a preset is resolved at `now` in the chosen zone each time it loads. */
export function createRangeSelection(defaultChoice: ReportPreset) {
  const choice = ref<RangeChoice>(defaultChoice)
  const customRange = ref<TimeRange | null>(null)
  const timeZone = ref<string>(INSTANCE_TIME_ZONE)
  const comparePrevious = ref(false)

  /** The range asked for, before the rules move or split it; null for a custom choice not made yet. */
  function requestedRange(now: number): TimeRange | null {
    if (choice.value === 'custom') return customRange.value ? clampCustomRange(customRange.value, now) : null
    return reportPresetRange(choice.value, now, timeZone.value)
  }

  return { choice, customRange, timeZone, comparePrevious, requestedRange }
}

export type PlanOutcome = { ok: true; plan: RangePlan } | { ok: false; problem: RangeProblem }

export function planFor(kind: ReportKind, range: TimeRange, now: number): PlanOutcome {
  try {
    return { ok: true, plan: planRange(kind, range, now) }
  } catch (error) {
    if (error instanceof RangeRuleError) return { ok: false, problem: { code: error.code, message: error.message } }
    throw error
  }
}

/** The previous period's plan, or why it cannot be served (it is often older than 180 days). */
export function previousPlanFor(kind: ReportKind, served: TimeRange, now: number): PlanOutcome {
  return planFor(kind, previousPeriod(served), now)
}

export type ChunkOutcome<T> = { ok: true; parts: T[] } | { ok: false; error: AppError } | { ok: 'cancelled' }

/**
 * Runs the calls in order (the API rate-limits; one at a time keeps the order of answers), calling
 * `step` after each; stops at the first failure, or as soon as `current()` says the answers are
 * no longer wanted.
 */
export async function runCalls<T>(
  calls: readonly TimeRange[],
  fetch: (range: TimeRange) => Promise<Result<T>>,
  current: () => boolean,
  step: () => void
): Promise<ChunkOutcome<T>> {
  const parts: T[] = []
  for (const range of calls) {
    if (!current()) return { ok: 'cancelled' }
    const result = await fetch(range)
    if (!current()) return { ok: 'cancelled' }
    if (!result.ok) return { ok: false, error: result.error }
    parts.push(result.data)
    step()
  }
  return { ok: true, parts }
}

/**
 * One report's fetching: plans the calls for a range, runs them with progress, merges the parts,
 * and does the same for the previous period when asked. A newer load or cancel() makes every
 * answer of an older one ignored.
 */
export function createReportRun<T, M>(options: {
  fetch: (instanceId: string, range: TimeRange) => Promise<Result<T>>
  merge: (parts: readonly T[]) => M
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
  /** Why the previous period is not shown although asked for (too old, or its calls failed). */
  const previousProblem = ref<RangeProblem | null>(null)
  let generation = 0

  function clear(): void {
    data.value = null
    previous.value = null
    served.value = null
    previousServed.value = null
    endClamped.value = false
  }

  function cancel(): void {
    generation++
    loading.value = false
    progress.value = null
  }

  async function load(request: {
    instanceId: string
    range: TimeRange | null
    kind: ReportKind
    comparePrevious: boolean
    now?: number
  }): Promise<void> {
    const mine = ++generation
    const current = (): boolean => mine === generation
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
    const planned = planFor(request.kind, request.range, now)
    if (!planned.ok) {
      loading.value = false
      clear()
      rangeProblem.value = planned.problem
      return
    }
    const plan = planned.plan
    const previousPlan = request.comparePrevious ? previousPlanFor(request.kind, plan.range, now) : null
    if (previousPlan && !previousPlan.ok) previousProblem.value = previousPlan.problem
    const previousCalls = previousPlan?.ok ? previousPlan.plan.calls : []
    progress.value = { done: 0, total: plan.calls.length + previousCalls.length }
    loading.value = true
    const step = (): void => {
      if (progress.value) progress.value = { ...progress.value, done: progress.value.done + 1 }
    }

    const answer = await runCalls(plan.calls, (range) => options.fetch(request.instanceId, range), current, step)
    if (answer.ok === 'cancelled') return
    if (!answer.ok) {
      clear()
      error.value = answer.error
      loading.value = false
      return
    }
    data.value = options.merge(answer.parts)
    served.value = plan.range
    endClamped.value = plan.endClamped
    previous.value = null
    previousServed.value = null

    if (previousPlan?.ok) {
      const before = await runCalls(previousCalls, (range) => options.fetch(request.instanceId, range), current, step)
      if (before.ok === 'cancelled') return
      if (before.ok) {
        previous.value = options.merge(before.parts)
        previousServed.value = previousPlan.plan.range
      } else {
        previousProblem.value = { code: before.error.code, message: before.error.message }
      }
    }
    loading.value = false
  }

  return { data, previous, served, previousServed, endClamped, loading, progress, error, rangeProblem, previousProblem, load, cancel, clear }
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
  })
  return {
    /** Shows the report of this instance; another instance's figures are dropped first. */
    open(id: string): Promise<void> {
      if (id !== instanceId.value) {
        run.cancel()
        run.clear()
        instanceId.value = id
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
