/**
 * ListIntervalInstanceReport for one instance: Daily or Hourly buckets over a preset or custom
 * range in a chosen zone, split into the calls the API accepts, with the previous period on demand.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { reportKind } from '@shared/ccc/range-split'
import { alignPrevious, mergeByStatsTime } from '@shared/ccc/report-range'
import type { IntervalGranularity, IntervalReportItem } from '@shared/ccc/types'
import {
  INTERVAL_DEFAULT_METRICS,
  INTERVAL_GROUPS,
  intervalRowOf,
  reportTotals,
  type IntervalGroupName,
  type ReportRow
} from '@shared/ccc/report-metrics'
import { callApi } from '../api/supervisor-api'
import { createRangeActions, createRangeSelection, createReportRun } from './report-fetch'


export const useIntervalReportStore = defineStore('intervalReport', () => {
  const instanceId = ref<string | null>(null)
  const granularity = ref<IntervalGranularity>('Daily')
  const selection = createRangeSelection('last7Days')
  const group = ref<IntervalGroupName>('Inbound')
  const chartMetrics = ref<Record<IntervalGroupName, string[]>>({
    Inbound: [...INTERVAL_DEFAULT_METRICS.Inbound],
    Outbound: [...INTERVAL_DEFAULT_METRICS.Outbound],
    Overall: [...INTERVAL_DEFAULT_METRICS.Overall]
  })

  const run = createReportRun<IntervalReportItem[], IntervalReportItem[]>({
    fetch: (id, range) =>
      callApi((bridge) => bridge.listIntervalInstanceReport({ instanceId: id, ...range, interval: granularity.value })),
    merge: (parts) => mergeByStatsTime(parts)
  })

  const items = computed<readonly IntervalReportItem[]>(() => run.data.value ?? [])
  const loaded = computed(() => run.data.value !== null)
  const rows = computed(() => items.value.map((item) => intervalRowOf(item, group.value)))
  const totals = computed(() => reportTotals(rows.value, INTERVAL_GROUPS[group.value]))
  /** The previous period's buckets lined up with the current ones; null where it has none. */
  const previousRows = computed<Array<ReportRow | null> | null>(() => {
    const previous = run.previous.value
    const served = run.served.value
    const before = run.previousServed.value
    if (!previous || !served || !before || !selection.comparePrevious.value) return null
    const aligned = alignPrevious(items.value, previous, served.startTime - before.startTime)
    return aligned.map((item) => (item ? intervalRowOf(item, group.value) : null))
  })

  function load(): Promise<void> {
    if (instanceId.value === null) return Promise.resolve()
    return run.load({
      instanceId: instanceId.value,
      range: selection.requestedRange(Date.now()),
      kind: reportKind(granularity.value),
      comparePrevious: selection.comparePrevious.value
    })
  }

  function setGranularity(next: IntervalGranularity): Promise<void> {
    granularity.value = next
    return load()
  }
  const actions = createRangeActions(instanceId, selection, run, load)

  function setGroup(next: IntervalGroupName): void {
    group.value = next
  }
  function setChartMetrics(names: string[]): void {
    chartMetrics.value = { ...chartMetrics.value, [group.value]: names }
  }

  return {
    instanceId,
    granularity,
    choice: selection.choice,
    customRange: selection.customRange,
    timeZone: selection.timeZone,
    comparePrevious: selection.comparePrevious,
    group,
    chartMetrics,
    items,
    loaded,
    rows,
    totals,
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
    setGranularity,
    setPreset: actions.setPreset,
    setCustomRange: actions.setCustomRange,
    setTimeZone: actions.setTimeZone,
    setComparePrevious: actions.setComparePrevious,
    setGroup,
    setChartMetrics,
    cancel: actions.cancel
  }
})
