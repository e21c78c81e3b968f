/** Which catalogue group each report tab shows, the metrics charted by default, and table rows from report items. */
import {
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  TREND_INBOUND,
  TREND_OUTBOUND,
  type MetricDef,
  type MetricGroup
} from './catalogue'
import { totalsRow } from './aggregate'
import type { IntervalReportItem, Long, MetricRow } from './types'

export type IntervalGroupName = 'Inbound' | 'Outbound' | 'Overall'
export type TrendGroupName = 'Inbound' | 'Outbound'
export type ReportGroupName = IntervalGroupName

export const INTERVAL_GROUPS: Readonly<Record<IntervalGroupName, MetricGroup>> = {
  Inbound: INTERVAL_INBOUND,
  Outbound: INTERVAL_OUTBOUND,
  Overall: INTERVAL_OVERALL
}

export const TREND_GROUPS: Readonly<Record<TrendGroupName, MetricGroup>> = {
  Inbound: TREND_INBOUND,
  Outbound: TREND_OUTBOUND
}

/** A volume, a rate and a duration where the group has them: one of each axis kind. */
export const INTERVAL_DEFAULT_METRICS: Readonly<Record<IntervalGroupName, readonly string[]>> = {
  Inbound: ['CallsOffered', 'CallsHandled', 'HandleRate', 'AverageWaitTime'],
  Outbound: ['CallsDialed', 'CallsAnswered', 'AnswerRate', 'AverageTalkTime'],
  Overall: ['TotalCalls', 'OccupancyRate', 'AverageTalkTime']
}

export const TREND_DEFAULT_METRICS: Readonly<Record<TrendGroupName, readonly string[]>> = {
  Inbound: ['TotalCalls', 'CallsHandled', 'CallsAbandonedInQueue'],
  Outbound: ['TotalCalls', 'CallsAnswered']
}

/**
 * The table's main columns, in order, before any the user adds: offered, handled, handled %,
 * service level, abandoned, waits and talk, as each group names them.
 */
export const INTERVAL_MAIN_COLUMNS: Readonly<Record<IntervalGroupName, readonly string[]>> = {
  Inbound: ['CallsOffered', 'CallsHandled', 'HandleRate', 'ServiceLevel20', 'CallsAbandoned', 'AbandonedRate', 'AverageWaitTime', 'MaxWaitTime', 'AverageTalkTime', 'MaxTalkTime'],
  Outbound: ['CallsDialed', 'CallsAnswered', 'AnswerRate', 'CallsDialedSuccess', 'AverageDialingTime', 'MaxDialingTime', 'AverageTalkTime'],
  Overall: ['TotalCalls', 'OccupancyRate', 'AverageTalkTime', 'AverageHoldTime', 'AverageWorkTime', 'TotalLoggedInTime']
}

export const TREND_MAIN_COLUMNS: Readonly<Record<TrendGroupName, readonly string[]>> = {
  Inbound: ['TotalCalls', 'CallsQueued', 'CallsHandled', 'CallsAbandonedInQueue', 'CallsAbandonedInRinging', 'CallsAbandonedInIVR'],
  Outbound: ['TotalCalls', 'CallsAnswered']
}

/** One bucket of a table: its start and the group's figures. */
export interface ReportRow {
  StatsTime: number
  values: Readonly<Record<string, Long | null>>
}

export function toNumber(value: Long | null | undefined): number | null {
  if (value === null || value === undefined) return null
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

/** The totals row by the catalogue's rules (see totalsRow): never an average of averages. */
export function reportTotals(rows: readonly Pick<ReportRow, 'values'>[], group: MetricGroup): Record<string, Long | null> {
  return totalsRow(
    rows.map((r) => r.values as MetricRow<MetricGroup>),
    group
  ) as Record<string, Long | null>
}

/** The metric names of a group in the table's order: volumes, then rates, durations and scores. */
export function metricNames(group: MetricGroup): string[] {
  return Object.keys(group)
}

/**
 * A rate or average with nothing to divide in its row: the denominator (or the weight) is 0 or
 * missing. The API sends 0 for it (a "0 %" handle rate for an hour with no calls queued).
 */
export function nothingToDivide(values: Readonly<Record<string, Long | null | undefined>>, def: MetricDef | undefined): boolean {
  const agg = def?.aggregate
  if (!agg || (agg.kind !== 'quotient' && agg.kind !== 'weighted')) return false
  const divisor = toNumber(values[agg.kind === 'quotient' ? agg.denominator : agg.weight])
  return divisor === null || divisor === 0
}

/**
 * A bucket's figures with every rate and average that had nothing to divide left as a gap,
 * decided by the row's own counts and the catalogue's aggregation.
 */
export function withGaps(values: Readonly<Record<string, Long | null>>, group: MetricGroup): Record<string, Long | null> {
  let out: Record<string, Long | null> | null = null
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || !nothingToDivide(values, group[name])) continue
    out ??= { ...values }
    out[name] = null
  }
  return out ?? (values as Record<string, Long | null>)
}

/** One interval bucket as a table row of one group's metrics; a quotient of nothing is a gap. */
export const intervalRowOf = (item: IntervalReportItem, group: IntervalGroupName): ReportRow => ({
  StatsTime: item.StatsTime,
  values: withGaps(item[group] as Record<string, Long | null>, INTERVAL_GROUPS[group])
})

/** A trend point (StatsTime beside its metrics) as a table row. */
export type TrendPoint = { StatsTime: number } & Record<string, Long | null>
export const trendRowOf = ({ StatsTime, ...values }: TrendPoint): ReportRow => ({ StatsTime, values })
