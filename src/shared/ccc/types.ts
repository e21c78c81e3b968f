/**
 * Normalised shapes of the five CCC APIs' `Data`, with the documented field names. The shapes'
 * types are derived beside their field specs in shapes.ts and exported here too.
 */
import type { INTERVAL_INBOUND, INTERVAL_OUTBOUND, INTERVAL_OVERALL, MetricDef } from './catalogue'

/** A documented `Long`: a number, or a bigint when it does not fit a double exactly. */
export type Long = number | bigint

/**
 * A catalogued metric's value. Every catalogued field carries a quantity, so the 2017 summary's
 * String-typed MaxTalkTime is read as a number too. `null` when the API left the field out:
 * a missing figure is shown as missing, never as zero.
 */
export type MetricValue<D extends MetricDef, L extends Long = Long> = (D['type'] extends 'Long' ? L : number) | null

/** A group's figures; `L` is how a Long is held (a snapshot file, being JSON, holds numbers only). */
export type MetricRow<G extends Readonly<Record<string, MetricDef>>, L extends Long = Long> = {
  [K in keyof G]: MetricValue<G[K], L>
}

export type {
  AgentHistoricalRow,
  AgentIntervalItem,
  AgentState,
  BreakCodeDetail,
  SkillGroupHistoricalRow,
  SkillGroupIntervalItem,
  BreakCodeCount,
  SkillGroupListItem,
  SkillGroupState,
  Instance,
  InstanceSummaryReport,
  InstanceTrendingReport,
  IntervalReportItem,
  PhoneNumber,
  RealtimeInstanceStates,
  SkillGroup,
  TrendInboundPoint,
  TrendOutboundPoint,
  User
} from './shapes'

export type IntervalInbound = MetricRow<typeof INTERVAL_INBOUND>
export type IntervalOutbound = MetricRow<typeof INTERVAL_OUTBOUND>
export type IntervalOverall = MetricRow<typeof INTERVAL_OVERALL>

export type IntervalGranularity = 'Daily' | 'Hourly'

/** A time range in epoch milliseconds, start inclusive, end exclusive as the API reads it. */
export interface TimeRange {
  startTime: number
  endTime: number
}
