/**
 * A report's buckets rolled up into hours or days of a time zone, so that a long range draws as a
 * readable chart: counts summed, rates and averages recomputed from the summed counts by the
 * catalogue (as the totals row is), never averaged. The buckets as served are read by their own
 * StatsTime: nothing assumes their width.
 */
import { TZDate } from '@date-fns/tz'
import { addDays } from 'date-fns/addDays'
import { startOfDay } from 'date-fns/startOfDay'
import type { MetricGroup } from './catalogue'
import { DAY_MS, HOUR_MS } from './range-split'
import { reportTotals, type ReportRow } from './report-metrics'

/** `none`: the buckets as served. */
export type Rollup = 'none' | 'hour' | 'day'

/** The rollups worth offering for buckets of `widthMs` (from the data): only ones wider than the buckets. */
export function rollupsFor(widthMs: number | null): Rollup[] {
  if (widthMs === null) return ['none']
  return ['none', ...(widthMs < HOUR_MS ? (['hour'] as const) : []), ...(widthMs < DAY_MS - HOUR_MS ? (['day'] as const) : [])]
}

/** The rollup a range opens with: as served up to 2 days, hourly up to 14, daily beyond. */
export function defaultRollup(rangeMs: number, widthMs: number | null): Rollup {
  const wanted: Rollup = rangeMs <= 2 * DAY_MS ? 'none' : rangeMs <= 14 * DAY_MS ? 'hour' : 'day'
  return rollupsFor(widthMs).includes(wanted) ? wanted : 'none'
}

/**
 * The zone's UTC offset at an instant. Reading it costs tens of microseconds, and thousands of
 * hours are rolled at once: where it is the same a day later it is taken to hold all that day
 * (a zone changes it at most once a day).
 */
function offsetReader(timeZone: string): (ms: number) => number {
  let from = Infinity
  let to = -Infinity
  let held = 0
  const read = (ms: number): number => -new TZDate(ms, timeZone).getTimezoneOffset() * 60_000
  return (ms) => {
    if (ms >= from && ms < to) return held
    const offset = read(ms)
    if (read(ms + DAY_MS) === offset) [from, to, held] = [ms, ms + DAY_MS, offset]
    return offset
  }
}

/** The hour or day of the zone holding `ms`, as [start, end). */
function periodOf(ms: number, unit: 'hour' | 'day', timeZone: string, offsetAt: (ms: number) => number): { start: number; end: number } {
  if (unit === 'day') {
    const day = startOfDay(new TZDate(ms, timeZone))
    return { start: day.getTime(), end: startOfDay(addDays(day, 1)).getTime() }
  }
  // By the zone's offset rather than its wall clock, so a fall-back night's repeated hour stays two hours.
  const offset = offsetAt(ms)
  const start = ms - ((((ms + offset) % HOUR_MS) + HOUR_MS) % HOUR_MS)
  return { start, end: start + HOUR_MS }
}

/**
 * The day after `day` when it starts at a local midnight and the zone keeps one offset across the
 * next 24 hours: then that day is those 24 hours. Two offsets cost a fraction of the zoned
 * calendar's arithmetic, which held a 180-day rollup for tens of milliseconds; a day with a change
 * of offset (or a zone whose midnight was skipped) is left to the calendar.
 */
function nextDay(day: { end: number }, offsetAt: (ms: number) => number): { start: number; end: number } | null {
  const offset = offsetAt(day.end)
  const end = day.end + DAY_MS
  return (day.end + offset) % DAY_MS === 0 && offsetAt(end) === offset ? { start: day.end, end } : null
}

/** Runs of consecutive rows (oldest first) in one period each; the zone's calendar is read once per period. */
function periodsOf(times: readonly number[], unit: 'hour' | 'day', timeZone: string): Array<{ start: number; from: number; to: number }> {
  const out: Array<{ start: number; from: number; to: number }> = []
  const offsetAt = offsetReader(timeZone)
  let period: { start: number; end: number } | null = null
  times.forEach((time, i) => {
    const last = out[out.length - 1]
    if (last && period && time < period.end) {
      last.to = i + 1
      return
    }
    // A row in the day after the last one's (the usual case) starts it without the calendar.
    period = (unit === 'day' && period && time < period.end + DAY_MS && nextDay(period, offsetAt)) || periodOf(time, unit, timeZone, offsetAt)
    out.push({ start: period.start, from: i, to: i + 1 })
  })
  return out
}

export interface RolledReport {
  rows: ReportRow[]
  /** The previous period rolled by the current period's runs, so it stays lined up; null where it has none. */
  previousRows: Array<ReportRow | null> | null
}

/**
 * Rows rolled up into hours or days of `timeZone`, each starting at its period's start; `previous`
 * (lined up with `rows`) is rolled by the same runs of rows.
 */
export function rollUpReport(
  rows: readonly ReportRow[],
  group: MetricGroup,
  unit: 'hour' | 'day',
  timeZone: string,
  previous: ReadonlyArray<ReportRow | null> | null = null
): RolledReport {
  const periods = periodsOf(
    rows.map((r) => r.StatsTime),
    unit,
    timeZone
  )
  return {
    rows: periods.map(({ start, from, to }) => ({ StatsTime: start, values: reportTotals(rows.slice(from, to), group) })),
    previousRows: previous
      ? periods.map(({ from, to }) => {
          const present = previous.slice(from, to).filter((p): p is ReportRow => p !== null)
          return present.length === 0 ? null : { StatsTime: present[0]!.StatsTime, values: reportTotals(present, group) }
        })
      : null
  }
}
