/**
 * Normalised shapes of the five CCC APIs' `Data`, with the documented field names: each derived
 * from its field specs in shapes.ts.
 */
import type { INTERVAL_INBOUND, INTERVAL_OUTBOUND, INTERVAL_OVERALL, MetricDef } from './catalogue'
import type {
  INSTANCE,
  INSTANCE_SUMMARY_REPORT,
  INSTANCE_TRENDING_REPORT,
  INTERVAL_REPORT_ITEM,
  PHONE_NUMBER,
  REALTIME_INSTANCE_STATES,
  ShapeValue,
  SKILL_GROUP,
  TREND_INBOUND_POINT,
  TREND_OUTBOUND_POINT,
  USER
} from './shapes'

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

/** An admin of GetInstance `Data.AdminList` */
export type User = ShapeValue<typeof USER>
/** A skill group a number serves, GetInstance `Data.NumberList[].SkillGroups` */
export type SkillGroup = ShapeValue<typeof SKILL_GROUP>
/** GetInstance `Data.NumberList[]` */
export type PhoneNumber = ShapeValue<typeof PHONE_NUMBER>
/** GetInstance `Data` */
export type Instance = ShapeValue<typeof INSTANCE>

/** GetRealtimeInstanceStates `Data` */
export type RealtimeInstanceStates = ShapeValue<typeof REALTIME_INSTANCE_STATES>

/** A point of GetInstanceTrendingReport `Data.Inbound`, StatsTime its start in epoch ms */
export type TrendInboundPoint = ShapeValue<typeof TREND_INBOUND_POINT>
/** A point of GetInstanceTrendingReport `Data.Outbound` */
export type TrendOutboundPoint = ShapeValue<typeof TREND_OUTBOUND_POINT>

/** GetInstanceTrendingReport `Data`, points in time order */
export type InstanceTrendingReport = ShapeValue<typeof INSTANCE_TRENDING_REPORT>

export type IntervalInbound = MetricRow<typeof INTERVAL_INBOUND>
export type IntervalOutbound = MetricRow<typeof INTERVAL_OUTBOUND>
export type IntervalOverall = MetricRow<typeof INTERVAL_OVERALL>

/** One bucket of ListIntervalInstanceReport `Data`, StatsTime its start in epoch ms */
export type IntervalReportItem = ShapeValue<typeof INTERVAL_REPORT_ITEM>

export type IntervalGranularity = 'Daily' | 'Hourly'

/** GetInstanceSummaryReportSinceMidnight `InstanceSummaryReport` */
export type InstanceSummaryReport = ShapeValue<typeof INSTANCE_SUMMARY_REPORT>

/** A time range in epoch milliseconds, start inclusive, end exclusive as the API reads it. */
export interface TimeRange {
  startTime: number
  endTime: number
}
