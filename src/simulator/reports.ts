/**
 * The report APIs' figures, built from slot traffic through the metric catalogue: sums and maxima
 * aggregate as the catalogue says, and every average and rate is recomputed from the aggregated
 * primitives. So any set of slots reports exactly what the catalogue says its totals row is.
 */
import {
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  SUMMARY_INBOUND,
  SUMMARY_OUTBOUND,
  SUMMARY_OVERALL,
  TREND_INBOUND,
  type MetricGroup
} from '../shared/ccc/catalogue'
import { HOUR_MS } from '../shared/ccc/range-split'
import type { IntervalGranularity } from '../shared/ccc/types'
import { Attribution } from './attribution'
import type { SimulatedInstance } from './instances'
import { SLOT_MS, slotTraffic, type SlotTraffic, type Traffic } from './traffic'
import { formatLocalDateTime, localMidnight, nextLocalMidnight } from './time-zone'

/** Numerators of the `weighted` rates: returned by no API, kept by the simulator. */
const HIDDEN_NUMERATORS: Readonly<Record<string, string>> = {
  ServiceLevel15: 'CallsAnsweredWithin15s',
  ServiceLevel20: 'CallsAnsweredWithin20s',
  ServiceLevel30: 'CallsAnsweredWithin30s',
  SatisfactionIndex: 'SatisfactionScoreSum',
  SatisfactionRate: 'SatisfiedResponses',
  OccupancyRate: 'OccupiedTime',
  // Outbound only: its average ring time is weighted by the calls that rang.
  AverageRingTime: 'TotalRingTime'
}

/** The `none` averages: the API returns no count to divide by, the simulator keeps one. */
const HIDDEN_AVERAGES: Readonly<Record<string, readonly [total: string, count: string]>> = {
  AverageReadyTime: ['TotalReadyTime', 'ReadyPeriods'],
  AverageBreakTime: ['TotalBreakTime', 'BreakPeriods']
}

export type Primitives = Readonly<Record<string, number>>
export type ReportRow = Record<string, number | string>

function primitive(values: Primitives, field: string): number {
  const value = values[field]
  if (value === undefined) throw new Error(`The simulator keeps no figure for ${field}`)
  return value
}

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator)

export type Spelling = SimulatedInstance['traffic']['spelling']

/**
 * One report row of a catalogue group from aggregated primitives. Long-typed averages are rounded
 * as a Long must be; the one String-typed figure (the 2017 Inbound.MaxTalkTime) is sent as a string.
 * In the docs' spelling the fields only the SDK models name are left out; in the SDK's, fields
 * are sent under the SDK models' names.
 */
export function deriveRow(group: MetricGroup, values: Primitives, spelling: Spelling = 'docs'): ReportRow {
  const row: ReportRow = {}
  for (const [field, def] of Object.entries(group)) {
    if (spelling === 'docs' && def.origin === 'sdk') continue
    let value: number
    const aggregate = def.aggregate
    switch (aggregate.kind) {
      case 'sum':
      case 'max':
      case 'min':
        value = primitive(values, field)
        break
      case 'quotient':
        value = ratio(
          aggregate.numerator.reduce((sum, name) => sum + primitive(values, name), 0),
          primitive(values, aggregate.denominator)
        )
        break
      case 'weighted': {
        const numerator = HIDDEN_NUMERATORS[field]
        if (!numerator) throw new Error(`No hidden numerator for the weighted rate ${field}`)
        value = ratio(primitive(values, numerator), primitive(values, aggregate.weight))
        break
      }
      case 'none': {
        const parts = HIDDEN_AVERAGES[field]
        if (!parts) throw new Error(`No hidden figures for ${field}`)
        value = ratio(primitive(values, parts[0]), primitive(values, parts[1]))
        break
      }
    }
    const derived = aggregate.kind !== 'sum' && aggregate.kind !== 'max' && aggregate.kind !== 'min'
    if (def.type === 'Long' && derived) value = Math.round(value)
    row[spelling === 'sdk' ? (def.sdkName ?? field) : field] = def.type === 'String' ? String(value) : value
  }
  return row
}

type Kind = 'sum' | 'max'

/** How each primitive aggregates, read from the catalogue; the hidden ones are all sums. */
function kindsOf(...groups: MetricGroup[]): ReadonlyMap<string, Kind> {
  const kinds = new Map<string, Kind>()
  for (const group of groups) {
    for (const [field, def] of Object.entries(group)) {
      if (def.aggregate.kind === 'sum' || def.aggregate.kind === 'max') kinds.set(field, def.aggregate.kind)
    }
  }
  return kinds
}

const KINDS = {
  inbound: kindsOf(INTERVAL_INBOUND, SUMMARY_INBOUND),
  outbound: kindsOf(INTERVAL_OUTBOUND, SUMMARY_OUTBOUND),
  overall: kindsOf(INTERVAL_OVERALL, SUMMARY_OVERALL)
} as const

function aggregateGroup<T extends Primitives>(parts: readonly T[], kinds: ReadonlyMap<string, Kind>): T {
  const first = parts[0]
  if (!first) throw new Error('Nothing to aggregate')
  const total: Record<string, number> = { ...first }
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] as T
    for (const field of Object.keys(total)) {
      const value = primitive(part, field)
      total[field] = kinds.get(field) === 'max' ? Math.max(primitive(total, field), value) : primitive(total, field) + value
    }
  }
  return total as T
}

export function aggregateTraffic(slots: readonly Traffic[]): Traffic {
  return {
    inbound: aggregateGroup(
      slots.map((s) => s.inbound),
      KINDS.inbound
    ),
    outbound: aggregateGroup(
      slots.map((s) => s.outbound),
      KINDS.outbound
    ),
    overall: aggregateGroup(
      slots.map((s) => s.overall),
      KINDS.overall
    )
  }
}

export interface IntervalItem {
  StatsTime: number
  Inbound: ReportRow
  Outbound: ReportRow
  Overall: ReportRow
}

export interface TrendReport {
  Inbound: Array<{ StatsTime: number } & ReportRow>
  Outbound: Array<{ StatsTime: number } & ReportRow>
}

export interface SummaryReport {
  InstanceId: string
  Timestamp: string
  Inbound: ReportRow
  Outbound: ReportRow
  Overall: ReportRow
}

export interface ReportRange {
  startTime: number
  endTime: number
}

const COMPLETED_BUCKET_CACHE_LIMIT = 20_000

/** Traffic of the simulated instances, with completed buckets cached: their figures never change. */
export class TrafficReports {
  private readonly buckets = new Map<string, Traffic>()
  /** The same traffic shared out over skill groups and agents. */
  readonly attribution: Attribution

  constructor(private readonly seed: number) {
    this.attribution = new Attribution(seed, this)
  }

  slot(instance: SimulatedInstance, start: number): SlotTraffic {
    return slotTraffic(this.seed, instance.id, instance.traffic, start)
  }

  /** Completed slots (slot end ≤ now) starting in [from, to). */
  completedSlots(instance: SimulatedInstance, from: number, to: number, now: number): SlotTraffic[] {
    const slots: SlotTraffic[] = []
    const first = Math.ceil(from / SLOT_MS) * SLOT_MS
    for (let start = first; start < to && start + SLOT_MS <= now; start += SLOT_MS) {
      slots.push(this.slot(instance, start))
    }
    return slots
  }

  /** Aggregated completed slots of [from, to), or undefined when none has completed. */
  bucket(instance: SimulatedInstance, from: number, to: number, now: number): Traffic | undefined {
    const complete = to <= now
    const key = `${instance.id}|${from}|${to}`
    const cached = complete ? this.buckets.get(key) : undefined
    if (cached) return cached
    const slots = this.completedSlots(instance, from, to, now)
    if (slots.length === 0) return undefined
    const traffic = aggregateTraffic(slots)
    if (complete) {
      if (this.buckets.size >= COMPLETED_BUCKET_CACHE_LIMIT) this.buckets.clear()
      this.buckets.set(key, traffic)
    }
    return traffic
  }

  /** ListIntervalInstanceReport: buckets starting in [start rounded down to a bucket, end). */
  intervalReport(
    instance: SimulatedInstance,
    range: ReportRange,
    interval: IntervalGranularity,
    now: number
  ): IntervalItem[] {
    const { timeZone } = instance.traffic
    const items: IntervalItem[] = []
    let bucketStart =
      interval === 'Daily' ? localMidnight(range.startTime, timeZone) : Math.floor(range.startTime / HOUR_MS) * HOUR_MS
    while (bucketStart < range.endTime && bucketStart < now) {
      const bucketEnd = interval === 'Daily' ? nextLocalMidnight(bucketStart, timeZone) : bucketStart + HOUR_MS
      const traffic = this.bucket(instance, bucketStart, bucketEnd, now)
      if (traffic) {
        const { spelling } = instance.traffic
        items.push({
          StatsTime: bucketStart,
          Inbound: deriveRow(INTERVAL_INBOUND, traffic.inbound, spelling),
          Outbound: deriveRow(INTERVAL_OUTBOUND, traffic.outbound, spelling),
          Overall: deriveRow(INTERVAL_OVERALL, traffic.overall, spelling)
        })
      }
      bucketStart = bucketEnd
    }
    return items
  }

  /**
   * GetInstanceTrendingReport: one point per completed 15-minute slot starting in [start, end), so
   * consecutive ranges never repeat a point.
   */
  trendReport(instance: SimulatedInstance, range: ReportRange, now: number): TrendReport {
    const slots = this.completedSlots(instance, range.startTime, range.endTime, now)
    const ringing = instance.traffic.spelling === 'sdk' ? (TREND_INBOUND.CallsAbandonedInRinging.sdkName) : 'CallsAbandonedInRinging'
    return {
      Inbound: slots.map(({ start, inbound }) => ({
        StatsTime: start,
        TotalCalls: inbound.CallsOffered,
        CallsQueued: inbound.CallsQueued,
        CallsHandled: inbound.CallsHandled,
        CallsAbandonedInIVR: inbound.CallsAbandonedInIVR,
        CallsAbandonedInQueue: inbound.CallsAbandonedInQueue,
        [ringing]: inbound.CallsAbandonedInRinging
      })),
      Outbound: slots.map(({ start, outbound }) => ({
        StatsTime: start,
        TotalCalls: outbound.CallsDialed,
        CallsAnswered: outbound.CallsAnswered
      }))
    }
  }

  /** GetInstanceSummaryReportSinceMidnight: completed slots since local midnight; all zeros just after it. */
  summarySinceMidnight(instance: SimulatedInstance, now: number): SummaryReport {
    const { timeZone } = instance.traffic
    const midnight = localMidnight(now, timeZone)
    const traffic = this.bucket(instance, midnight, now, now) ?? zeroTraffic(this.slot(instance, midnight))
    return {
      InstanceId: instance.id,
      Timestamp: formatLocalDateTime(midnight, timeZone),
      Inbound: deriveRow(SUMMARY_INBOUND, traffic.inbound),
      Outbound: deriveRow(SUMMARY_OUTBOUND, traffic.outbound),
      Overall: deriveRow(SUMMARY_OVERALL, traffic.overall)
    }
  }
}

const zeroed = <T extends Primitives>(values: T): T =>
  Object.fromEntries(Object.keys(values).map((field) => [field, 0])) as unknown as T

/** The same fields as a real slot, every figure 0. */
function zeroTraffic(shape: Traffic): Traffic {
  return { inbound: zeroed(shape.inbound), outbound: zeroed(shape.outbound), overall: zeroed(shape.overall) }
}
