/**
 * The two instance reports as the pages show them: their metric groups, default chart metrics, and
 * how one group's rows are read from the API's data. The live report stores and the snapshot
 * viewer both read their figures through these, so a report's shape is written once.
 */
import type { MetricGroup } from '@shared/ccc/catalogue'
import type { InstanceTrendingReport, IntervalReportItem } from '@shared/ccc/types'
import {
  INTERVAL_DEFAULT_METRICS,
  INTERVAL_GROUPS,
  INTERVAL_MAIN_COLUMNS,
  intervalRowOf,
  TREND_DEFAULT_METRICS,
  TREND_GROUPS,
  TREND_MAIN_COLUMNS,
  trendRowOf,
  type IntervalGroupName,
  type ReportRow,
  type TrendGroupName,
  type TrendPoint
} from '@shared/ccc/report-metrics'

export interface ReportKindDef<D, G extends string, P extends { StatsTime: number }> {
  readonly kind: 'interval' | 'trend'
  readonly groups: Readonly<Record<G, MetricGroup>>
  readonly defaultMetrics: Readonly<Record<G, readonly string[]>>
  /** The table's columns before the user picks others, main metrics first. */
  readonly mainColumns: Readonly<Record<G, readonly string[]>>
  /** One group's buckets, oldest first. */
  points(data: D, group: G): readonly P[]
  rowOf(point: P, group: G): ReportRow
}

export const INTERVAL_REPORT: ReportKindDef<readonly IntervalReportItem[], IntervalGroupName, IntervalReportItem> = {
  kind: 'interval',
  groups: INTERVAL_GROUPS,
  defaultMetrics: INTERVAL_DEFAULT_METRICS,
  mainColumns: INTERVAL_MAIN_COLUMNS,
  points: (items) => items,
  rowOf: intervalRowOf
}

export const TREND_REPORT: ReportKindDef<InstanceTrendingReport, TrendGroupName, TrendPoint> = {
  kind: 'trend',
  groups: TREND_GROUPS,
  defaultMetrics: TREND_DEFAULT_METRICS,
  mainColumns: TREND_MAIN_COLUMNS,
  points: (report, group) => report[group] as TrendPoint[],
  rowOf: (point) => trendRowOf(point)
}

export const REPORT_KINDS = { interval: INTERVAL_REPORT, trend: TREND_REPORT } as const
export type ReportKindName = keyof typeof REPORT_KINDS
