/**
 * What a report page hands its panel in one piece: the figures of the group shown and the state of
 * their run. A live report store is one as it stands; the snapshot viewer makes one of a file's.
 */
import type { MetricGroup } from '@shared/ccc/catalogue'
import type { Long } from '@shared/ccc/types'
import type { ReportRow } from '@shared/ccc/report-metrics'
import type { AppError } from '@shared/result'

/** The report the panel shows: its groups and each group's main columns (an instance report, or a row's buckets). */
export interface ReportPanelKind {
  readonly groups: Readonly<Record<string, MetricGroup>>
  readonly mainColumns: Readonly<Record<string, readonly string[]>>
}

export interface ReportPanelFigures {
  readonly group: string
  /** The chart's metrics for the group shown. */
  readonly groupChartMetrics: readonly string[]
  readonly rows: readonly ReportRow[]
  readonly previousRows: ReadonlyArray<ReportRow | null> | null
  readonly totals: Readonly<Record<string, Long | null>>
  readonly timeZone: string
  readonly bucketMs: number | null
  readonly loading: boolean
  readonly loaded: boolean
  readonly progress: { done: number; total: number } | null
  readonly error: AppError | null
  readonly rangeProblem: { code: string; message: string } | null
  readonly previousProblem: { code: string; message: string } | null
  readonly stopped?: boolean
}
