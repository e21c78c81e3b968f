/**
 * A live instance report's store body, for any report kind: the instance, the range selection,
 * the run in main with its progress, the figures, and the actions the page calls. The interval
 * and trend stores are this plus what is theirs (the interval's granularity).
 */
import { computed, ref } from 'vue'
import type { ReportKind } from '@shared/ccc/range-split'
import type { IntervalGranularity, TimeRange } from '@shared/ccc/types'
import type { Result } from '@shared/result'
import type { ReportKindDef } from '../model/report-kinds'
import type { Rollup } from '@shared/ccc/report-rollup'
import { createReportFigures } from './report-figures'
import { createRangeActions, createRangeSelection, createReportRun } from './report-fetch'
import { useSessionStore } from './session'

export function createLiveReport<D, G extends string, P extends { StatsTime: number }>(
  def: ReportKindDef<D, G, P>,
  options: {
    /** Which range rules apply (the interval's depend on its granularity). */
    rangeKind: () => ReportKind
    fetch: (instanceId: string, range: TimeRange, progressId: string) => Promise<Result<D>>
    bucketMs?: () => number | null
    /** The interval's granularity, whose buckets the page checks against the range asked. */
    interval?: () => IntervalGranularity
    /** How the buckets are drawn: rolled up into hours or days of the report's zone, or as served. */
    rollup?: () => Rollup
  }
) {
  const instanceId = ref<string | null>(null)
  const session = useSessionStore()
  const selection = createRangeSelection('last7Days', () => session.timeZoneOf(instanceId.value ?? ''))
  const run = createReportRun<D>({ fetch: options.fetch })
  const figures = createReportFigures(def, run.data, {
    previous: { data: run.previous, served: run.served, previousServed: run.previousServed, shown: selection.comparePrevious },
    ...(options.bucketMs ? { bucketMs: options.bucketMs } : {}),
    ...(options.rollup ? { rollup: { unit: options.rollup, timeZone: () => selection.timeZone.value } } : {})
  })
  const loaded = computed(() => run.data.value !== null)

  function load(): Promise<void> {
    if (instanceId.value === null) return Promise.resolve()
    return run.load({
      instanceId: instanceId.value,
      range: selection.requestedRange(Date.now()),
      kind: options.rangeKind(),
      comparePrevious: selection.comparePrevious.value,
      ...(options.interval ? { buckets: { interval: options.interval(), timeZone: selection.timeZone.value } } : {})
    })
  }
  const actions = createRangeActions(instanceId, selection, run, load)

  return {
    instanceId,
    choice: selection.choice,
    customRange: selection.customRange,
    timeZone: selection.timeZone,
    comparePrevious: selection.comparePrevious,
    ...figures,
    data: run.data,
    loaded,
    served: run.served,
    previousServed: run.previousServed,
    covered: run.covered,
    endClamped: run.endClamped,
    rangeNotes: run.rangeNotes,
    requestedRange: selection.requestedRange,
    loading: run.loading,
    progress: run.progress,
    error: run.error,
    rangeProblem: run.rangeProblem,
    previousProblem: run.previousProblem,
    load,
    ...actions
  }
}
