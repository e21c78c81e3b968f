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
  def: Omit<ReportKindDef<D, G, P>, 'kind'>,
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

  /**
   * A group's figures, computed once per group for the data at hand: switching back to a group is
   * a lookup, not a pass over every bucket again (17,280 of them for 180 days of trend). A new
   * answer, previous period, rollup or zone starts a new cache.
   */
  function perGroup<T>(inputs: () => unknown, compute: (group: G) => T) {
    const cache = computed(() => {
      inputs()
      return new Map<G, T>()
    })
    return computed<T>(() => {
      const byGroup = cache.value
      const name = group.value
      if (!byGroup.has(name)) byGroup.set(name, compute(name))
      return byGroup.get(name)!
    })
  }

  const served = perGroup(
    () => [data.value, options.previous?.data.value, options.previous?.served.value, options.previous?.previousServed.value, options.previous?.shown.value, options.bucketMs?.()],
    (name) => {
      const points = data.value === null ? [] : def.points(data.value, name)
      /** The rows as served, one per bucket. */
      const rows = points.map((point) => def.rowOf(point, name))
      return {
        points,
        rows,
        // From the buckets as served, so a rollup changes nothing of them.
        totals: reportTotals(rows, def.groups[name]),
        /** The width of the buckets as served. */
        bucketMs: options.bucketMs?.() ?? bucketWidth(points.map((p) => p.StatsTime)),
        previousRows: previousRowsOf(points, name)
      }
    }
  )

  /** The previous period's buckets as served, lined up with the current ones; null where it has none. */
  function previousRowsOf(points: readonly P[], name: G): Array<ReportRow | null> | null {
    const previous = options.previous
    const before = previous?.data.value
    const range = previous?.served.value
    const previousServed = previous?.previousServed.value
    if (!previous?.shown.value || !before || !range || !previousServed) return null
    const aligned = alignPrevious(points, def.points(before, name), range.startTime - previousServed.startTime)
    return aligned.map((point) => (point ? def.rowOf(point, name) : null))
  }

  const points = computed<readonly P[]>(() => served.value.points)
  const totals = computed(() => served.value.totals)
  const servedBucketMs = computed<number | null>(() => served.value.bucketMs)
  const rollupUnit = computed<Rollup>(() => options.rollup?.unit() ?? 'none')
  const rolled = perGroup(
    () => [data.value, options.previous?.data.value, options.previous?.shown.value, rollupUnit.value, options.rollup?.timeZone()],
    (name) => {
      const unit = rollupUnit.value
      if (unit === 'none' || !options.rollup) return null
      const { rows, previousRows } = served.value
      return rollUpReport(rows, def.groups[name], unit, options.rollup.timeZone(), previousRows)
    }
  )
  /** The rows the table and the chart show: as served, or rolled up. */
  const rows = computed<ReportRow[]>(() => rolled.value?.rows ?? served.value.rows)
  const previousRows = computed<Array<ReportRow | null> | null>(() => (rolled.value ? rolled.value.previousRows : served.value.previousRows))
  const bucketMs = computed<number | null>(() => (rolled.value ? (rollupUnit.value === 'day' ? DAY_MS : HOUR_MS) : servedBucketMs.value))

  function setGroup(next: string): void {
    if (Object.prototype.hasOwnProperty.call(def.groups, next)) group.value = next as G
  }
  function setChartMetrics(names: string[]): void {
    chartMetrics.value = { ...chartMetrics.value, [group.value]: names }
  }

  return { group, chartMetrics, groupChartMetrics, points, rows, totals, bucketMs, servedBucketMs, previousRows, setGroup, setChartMetrics }
}
