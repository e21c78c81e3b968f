/**
 * GetInstanceTrendingReport for one instance over any range up to 180 days back: split into the
 * ≤7-day calls the API accepts, called one after another with progress, merged by StatsTime.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { alignPrevious, mergeByStatsTime } from '@shared/ccc/report-range'
import type { InstanceTrendingReport } from '@shared/ccc/types'
import {
  reportTotals,
  TREND_DEFAULT_METRICS,
  TREND_GROUPS,
  trendRowOf,
  type ReportRow,
  type TrendGroupName,
  type TrendPoint
} from '@shared/ccc/report-metrics'
import { bucketWidth } from '@shared/ccc/report-buckets'
import { callApi } from '../api/supervisor-api'
import { createRangeActions, createRangeSelection, createReportRun } from './report-fetch'

const mergeTrend = (parts: readonly InstanceTrendingReport[]): InstanceTrendingReport => ({
  Inbound: mergeByStatsTime(parts.map((p) => p.Inbound)),
  Outbound: mergeByStatsTime(parts.map((p) => p.Outbound))
})

export const useTrendReportStore = defineStore('trendReport', () => {
  const instanceId = ref<string | null>(null)
  const selection = createRangeSelection('last7Days')
  const group = ref<TrendGroupName>('Inbound')
  const chartMetrics = ref<Record<TrendGroupName, string[]>>({
    Inbound: [...TREND_DEFAULT_METRICS.Inbound],
    Outbound: [...TREND_DEFAULT_METRICS.Outbound]
  })

  const run = createReportRun<InstanceTrendingReport, InstanceTrendingReport>({
    fetch: (id, range) => callApi((bridge) => bridge.getInstanceTrendingReport({ instanceId: id, ...range })),
    merge: mergeTrend
  })

  const report = computed(() => run.data.value)
  const loaded = computed(() => run.data.value !== null)
  const points = computed<readonly TrendPoint[]>(() => (run.data.value?.[group.value] as TrendPoint[] | undefined) ?? [])
  const rows = computed(() => points.value.map(trendRowOf))
  const totals = computed(() => reportTotals(rows.value, TREND_GROUPS[group.value]))
  /** The width of a bucket, from the data: the API does not document it. */
  const bucketMs = computed(() => bucketWidth(points.value.map((p) => p.StatsTime)))
  const previousRows = computed<Array<ReportRow | null> | null>(() => {
    const previous = run.previous.value
    const served = run.served.value
    const before = run.previousServed.value
    if (!previous || !served || !before || !selection.comparePrevious.value) return null
    const aligned = alignPrevious(points.value, previous[group.value] as TrendPoint[], served.startTime - before.startTime)
    return aligned.map((p) => (p ? trendRowOf(p) : null))
  })

  function load(): Promise<void> {
    if (instanceId.value === null) return Promise.resolve()
    return run.load({
      instanceId: instanceId.value,
      range: selection.requestedRange(Date.now()),
      kind: 'trend',
      comparePrevious: selection.comparePrevious.value
    })
  }

  const actions = createRangeActions(instanceId, selection, run, load)

  function setGroup(next: TrendGroupName): void {
    group.value = next
  }
  function setChartMetrics(names: string[]): void {
    chartMetrics.value = { ...chartMetrics.value, [group.value]: names }
  }

  return {
    instanceId,
    choice: selection.choice,
    customRange: selection.customRange,
    timeZone: selection.timeZone,
    comparePrevious: selection.comparePrevious,
    group,
    chartMetrics,
    report,
    loaded,
    points,
    rows,
    totals,
    bucketMs,
    previousRows,
    served: run.served,
    previousServed: run.previousServed,
    endClamped: run.endClamped,
    loading: run.loading,
    progress: run.progress,
    error: run.error,
    rangeProblem: run.rangeProblem,
    previousProblem: run.previousProblem,
    load,
    open: actions.open,
    setPreset: actions.setPreset,
    setCustomRange: actions.setCustomRange,
    setTimeZone: actions.setTimeZone,
    setComparePrevious: actions.setComparePrevious,
    setGroup,
    setChartMetrics,
    cancel: actions.cancel
  }
})
