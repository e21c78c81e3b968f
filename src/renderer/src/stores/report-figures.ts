/**
 * What a report page shows of its data, for any report kind: the group picked, the chart's
 * metrics per group, the rows, the totals recomputed from them, the previous period lined up with
 * the current buckets, and the bucket width. The live report stores and the snapshot viewer use it.
 */
import { computed, ref, type Ref } from 'vue'
import type { TimeRange } from '@shared/ccc/types'
import { DAY_MS, HOUR_MS } from '@shared/ccc/range-split'
import { alignPrevious } from '@shared/ccc/report-range'
import type { ReportKindDef } from '../model/report-kinds'
import { reportTotals, type ReportRow } from '@shared/ccc/report-metrics'
import { bucketWidth } from '@shared/ccc/report-buckets'
import { rollUpReport, type Rollup } from '@shared/ccc/report-rollup'

export interface PreviousPeriod<D> {
  data: Ref<D | null>
  served: Ref<TimeRange | null>
  previousServed: Ref<TimeRange | null>
  /** Off: the previous rows are not shown even when fetched. */
  shown: Ref<boolean>
}

/** Buckets drawn rolled up into hours or days of the report's zone (`none`: as served). */
export interface FiguresRollup {
  unit: () => Rollup
  timeZone: () => string
}

export function createReportFigures<D, G extends string, P extends { StatsTime: number }>(
  def: ReportKindDef<D, G, P>,
  data: Readonly<Ref<D | null>>,
  options: {
    previous?: PreviousPeriod<D>
    /** The bucket width when the API fixes it (Daily, Hourly); else read from the data. */
    bucketMs?: () => number | null
    rollup?: FiguresRollup
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
  /** The rows as served, one per bucket. */
  const servedRows = computed<ReportRow[]>(() => points.value.map((point) => def.rowOf(point, group.value)))
  // From the buckets as served, so a rollup changes nothing of them.
  const totals = computed(() => reportTotals(servedRows.value, def.groups[group.value]))
  /** The width of the buckets as served. */
  const servedBucketMs = computed<number | null>(() => options.bucketMs?.() ?? bucketWidth(points.value.map((p) => p.StatsTime)))
  /** The previous period's buckets as served, lined up with the current ones; null where it has none. */
  const servedPreviousRows = computed<Array<ReportRow | null> | null>(() => {
    const previous = options.previous
    const before = previous?.data.value
    const served = previous?.served.value
    const previousServed = previous?.previousServed.value
    if (!previous?.shown.value || !before || !served || !previousServed) return null
    const aligned = alignPrevious(points.value, def.points(before, group.value), served.startTime - previousServed.startTime)
    return aligned.map((point) => (point ? def.rowOf(point, group.value) : null))
  })
  const rollupUnit = computed<Rollup>(() => options.rollup?.unit() ?? 'none')
  const rolled = computed(() => {
    const unit = rollupUnit.value
    if (unit === 'none' || !options.rollup) return null
    return rollUpReport(servedRows.value, def.groups[group.value], unit, options.rollup.timeZone(), servedPreviousRows.value)
  })
  /** The rows the table and the chart show: as served, or rolled up. */
  const rows = computed<ReportRow[]>(() => rolled.value?.rows ?? servedRows.value)
  const previousRows = computed<Array<ReportRow | null> | null>(() => (rolled.value ? rolled.value.previousRows : servedPreviousRows.value))
  const bucketMs = computed<number | null>(() => (rolled.value ? (rollupUnit.value === 'day' ? DAY_MS : HOUR_MS) : servedBucketMs.value))

  function setGroup(next: string): void {
    if (Object.prototype.hasOwnProperty.call(def.groups, next)) group.value = next as G
  }
  function setChartMetrics(names: string[]): void {
    chartMetrics.value = { ...chartMetrics.value, [group.value]: names }
  }

  return { group, chartMetrics, groupChartMetrics, points, rows, totals, bucketMs, servedBucketMs, previousRows, setGroup, setChartMetrics }
}
