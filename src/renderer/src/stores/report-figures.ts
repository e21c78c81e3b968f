/**
 * What a report page shows of its data, for any report kind: the group picked, the chart's
 * metrics per group, the rows, the totals recomputed from them, the previous period lined up with
 * the current buckets, and the bucket width. The live report stores and the snapshot viewer use it.
 */
import { computed, ref, type Ref } from 'vue'
import type { TimeRange } from '@shared/ccc/types'
import { alignPrevious } from '@shared/ccc/report-range'
import type { ReportKindDef } from '../model/report-kinds'
import { reportTotals, type ReportRow } from '@shared/ccc/report-metrics'
import { bucketWidth } from '@shared/ccc/report-buckets'

export interface PreviousPeriod<D> {
  data: Ref<D | null>
  served: Ref<TimeRange | null>
  previousServed: Ref<TimeRange | null>
  /** Off: the previous rows are not shown even when fetched. */
  shown: Ref<boolean>
}

export function createReportFigures<D, G extends string, P extends { StatsTime: number }>(
  def: ReportKindDef<D, G, P>,
  data: Readonly<Ref<D | null>>,
  options: {
    previous?: PreviousPeriod<D>
    /** The bucket width when the API fixes it (Daily, Hourly); else read from the data. */
    bucketMs?: () => number | null
  } = {}
) {
  const groupNames = Object.keys(def.groups) as G[]
  const group = ref(groupNames[0]!) as Ref<G>
  const chartMetrics = ref(
    Object.fromEntries(groupNames.map((name) => [name, [...def.defaultMetrics[name]]])) as Record<G, string[]>
  ) as Ref<Record<G, string[]>>

  /** The chart's metrics for the group shown. */
  const groupChartMetrics = computed(() => chartMetrics.value[group.value])
  const points = computed<readonly P[]>(() => (data.value === null ? [] : def.points(data.value, group.value)))
  const rows = computed<ReportRow[]>(() => points.value.map((point) => def.rowOf(point, group.value)))
  const totals = computed(() => reportTotals(rows.value, def.groups[group.value]))
  const bucketMs = computed<number | null>(() => options.bucketMs?.() ?? bucketWidth(points.value.map((p) => p.StatsTime)))
  /** The previous period's buckets lined up with the current ones; null where it has none. */
  const previousRows = computed<Array<ReportRow | null> | null>(() => {
    const previous = options.previous
    const before = previous?.data.value
    const served = previous?.served.value
    const previousServed = previous?.previousServed.value
    if (!previous?.shown.value || !before || !served || !previousServed) return null
    const aligned = alignPrevious(points.value, def.points(before, group.value), served.startTime - previousServed.startTime)
    return aligned.map((point) => (point ? def.rowOf(point, group.value) : null))
  })

  function setGroup(next: string): void {
    if (Object.prototype.hasOwnProperty.call(def.groups, next)) group.value = next as G
  }
  function setChartMetrics(names: string[]): void {
    chartMetrics.value = { ...chartMetrics.value, [group.value]: names }
  }

  return { group, chartMetrics, groupChartMetrics, points, rows, totals, bucketMs, previousRows, setGroup, setChartMetrics }
}
