/** Normalised shapes of the five CCC APIs' `Data`, with the documented field names. */
import type {
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  MetricDef,
  REALTIME_STATES,
  SUMMARY_INBOUND,
  SUMMARY_OUTBOUND,
  SUMMARY_OVERALL,
  TREND_INBOUND,
  TREND_OUTBOUND
} from './catalogue'

/** A documented `Long`: a number, or a bigint when it does not fit a double exactly. */
export type Long = number | bigint

/**
 * A catalogued metric's value. Every catalogued field carries a quantity, so the 2017 summary's
 * String-typed MaxTalkTime is read as a number too. `null` when the API left the field out:
 * a missing figure is shown as missing, never as zero.
 */
export type MetricValue<D extends MetricDef> = (D['type'] extends 'Long' ? Long : number) | null

export type MetricRow<G extends Readonly<Record<string, MetricDef>>> = {
  [K in keyof G]: MetricValue<G[K]>
}

export interface User {
  DisplayName: string
  Email: string
  Extension: string
  InstanceId: string
  LoginName: string
  Mobile: string
  RoleId: string
  RoleName: string
  UserId: string
  WorkMode: string
}

export interface SkillGroup {
  Description: string
  DisplayName: string
  InstanceId: string
  Name: string
  PhoneNumberCount: number | null
  SkillGroupId: string
  UserCount: number | null
}

export interface PhoneNumber {
  Active: boolean | null
  City: string
  ContactFlowId: string
  InstanceId: string
  Number: string
  Province: string
  SkillGroups: SkillGroup[]
  Usage: string
  UserId: string
}

/** GetInstance `Data` */
export interface Instance {
  AdminList: User[]
  /** A 16-digit account id: kept a string so no digit is lost. */
  AliyunUid: string
  ConsoleUrl: string
  Description: string
  DomainName: string
  Id: string
  Name: string
  NumberList: PhoneNumber[]
  Status: string
}

/** GetRealtimeInstanceStates `Data` */
export type RealtimeInstanceStates = { InstanceId: string } & MetricRow<typeof REALTIME_STATES>

export type TrendInboundPoint = { StatsTime: number } & MetricRow<typeof TREND_INBOUND>
export type TrendOutboundPoint = { StatsTime: number } & MetricRow<typeof TREND_OUTBOUND>

/** GetInstanceTrendingReport `Data`, points in time order */
export interface InstanceTrendingReport {
  Inbound: TrendInboundPoint[]
  Outbound: TrendOutboundPoint[]
}

export type IntervalInbound = MetricRow<typeof INTERVAL_INBOUND>
export type IntervalOutbound = MetricRow<typeof INTERVAL_OUTBOUND>
export type IntervalOverall = MetricRow<typeof INTERVAL_OVERALL>

/** One bucket of ListIntervalInstanceReport `Data` */
export interface IntervalReportItem {
  /** Start of the bucket, epoch ms */
  StatsTime: number
  Inbound: IntervalInbound
  Outbound: IntervalOutbound
  Overall: IntervalOverall
}

export type IntervalGranularity = 'Daily' | 'Hourly'

/** GetInstanceSummaryReportSinceMidnight `InstanceSummaryReport` */
export interface InstanceSummaryReport {
  InstanceId: string
  /** `yyyy-MM-dd HH:mm:ss` in the instance's local time, shown as given */
  Timestamp: string
  Inbound: MetricRow<typeof SUMMARY_INBOUND>
  Outbound: MetricRow<typeof SUMMARY_OUTBOUND>
  Overall: MetricRow<typeof SUMMARY_OVERALL>
}

/** A time range in epoch milliseconds, start inclusive, end exclusive as the API reads it. */
export interface TimeRange {
  startTime: number
  endTime: number
}
