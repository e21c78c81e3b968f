/**
 * The range rules of the report APIs, applied for the user: a range the API would refuse for its
 * length is split into calls it accepts; only what no split can serve is refused.
 */
import type { IntervalGranularity, TimeRange } from './types'

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS

/** Oldest data any report API serves. */
export const MAX_AGE_MS = 180 * DAY_MS
/**
 * A start chosen a moment ago as "180 days back" has aged by the time the call is signed; starts
 * within this margin of the limit are moved just inside it instead of being refused.
 */
export const AGE_MARGIN_MS = 5 * 60_000

export type ReportKind = 'trend' | 'hourly' | 'daily'

/** Longest range one call accepts, per the API docs. */
export const MAX_SPAN_MS: Record<ReportKind, number> = {
  trend: 7 * DAY_MS,
  hourly: 10 * DAY_MS,
  daily: 180 * DAY_MS
}

export function reportKind(interval: IntervalGranularity): ReportKind {
  return interval === 'Hourly' ? 'hourly' : 'daily'
}

export type RangeRuleCode = 'Range.Invalid' | 'Range.EndBeforeStart' | 'Range.TooOld' | 'Range.InFuture'

export class RangeRuleError extends Error {
  readonly code: RangeRuleCode
  /** The instants the code's text names, as epoch ms: the page and the CLI show them in the instance's zone. */
  readonly params: Record<string, number>
  constructor(code: RangeRuleCode, message: string, params: Record<string, number> = {}) {
    super(message)
    this.name = 'RangeRuleError'
    this.code = code
    this.params = params
  }
}

export interface RangePlan {
  /** The range that will be served, after the start was moved inside the limit or the end clamped to now. */
  range: TimeRange
  /** Consecutive, non-overlapping calls covering `range`, oldest first. */
  calls: TimeRange[]
  /** True when the end was in the future and was clamped to now. */
  endClamped: boolean
}

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z')

/**
 * A range as the historical reports (ListHistoricalSkillGroupReport, ListHistoricalAgentReport)
 * count it: by the hour, the start rounded down and the end up (their docs: 11:12–11:45 is counted
 * as 11:00–12:00), and nothing past now.
 */
export function countedRange(range: TimeRange, now: number): TimeRange {
  const startTime = range.startTime - (range.startTime % HOUR_MS)
  const up = range.endTime % HOUR_MS === 0 ? range.endTime : range.endTime - (range.endTime % HOUR_MS) + HOUR_MS
  return { startTime, endTime: Math.min(up, now) }
}

/** Plans the calls for one report range, or throws a RangeRuleError that says what to change. */
export function planRange(kind: ReportKind, requested: TimeRange, now: number): RangePlan {
  const { startTime, endTime } = requested
  if (!Number.isSafeInteger(startTime) || !Number.isSafeInteger(endTime) || startTime < 0 || endTime < 0) {
    throw new RangeRuleError('Range.Invalid', 'Start and end must be valid times (epoch milliseconds).')
  }
  if (endTime <= startTime) {
    throw new RangeRuleError(
      'Range.EndBeforeStart',
      `The end (${iso(endTime)}) must be after the start (${iso(startTime)}).`,
      { start: startTime, end: endTime }
    )
  }
  const oldest = now - MAX_AGE_MS
  if (startTime < oldest) {
    throw new RangeRuleError(
      'Range.TooOld',
      `CCC keeps reports for 180 days: the earliest start available now is ${iso(oldest + AGE_MARGIN_MS)}, ` +
        `but ${iso(startTime)} was asked for.`,
      { earliest: oldest + AGE_MARGIN_MS, start: startTime }
    )
  }
  if (startTime >= now) {
    throw new RangeRuleError('Range.InFuture', `The start (${iso(startTime)}) is in the future: there is no data yet.`, { start: startTime })
  }
  let start = Math.max(startTime, oldest + AGE_MARGIN_MS)
  // Interval buckets are hour-aligned; aligning the calls keeps a bucket from straddling two of them.
  if (kind !== 'trend') {
    const aligned = start - (start % HOUR_MS)
    start = aligned >= oldest + AGE_MARGIN_MS ? aligned : aligned + HOUR_MS
  }
  const end = Math.min(endTime, now)
  const span = MAX_SPAN_MS[kind]
  const calls: TimeRange[] = []
  for (let s = start; s < end; s += span) {
    calls.push({ startTime: s, endTime: Math.min(s + span, end) })
  }
  return { range: { startTime: start, endTime: end }, calls, endClamped: end !== endTime }
}
