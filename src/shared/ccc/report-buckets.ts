/**
 * Report buckets as the page and the exports label them: each bucket's width (which the trend API
 * does not document), its start in the report's time zone, and what the buckets of a range cover.
 */
import { TZDate } from '@date-fns/tz'
import { addDays } from 'date-fns/addDays'
import { format } from 'date-fns/format'
import { startOfDay } from 'date-fns/startOfDay'
import { DAY_MS, HOUR_MS } from './range-split'
import type { IntervalGranularity, TimeRange } from './types'

/**
 * The width of a report's buckets, from consecutive StatsTime values (the trend API does not
 * document it): the smallest positive step, or null with fewer than two points.
 */
export function bucketWidth(times: readonly number[]): number | null {
  let width: number | null = null
  for (let i = 1; i < times.length; i++) {
    const step = times[i]! - times[i - 1]!
    if (step > 0 && (width === null || step < width)) width = step
  }
  return width
}

/**
 * Labels already made: a report's chart and table label the same buckets again on every switch of
 * group, and a zoned date costs tens of microseconds. Bounded: cleared when it grows past a few
 * 180-day reports' worth.
 */
const bucketLabels = new Map<string, string>()
const MAX_BUCKET_LABELS = 50_000

/** A bucket's start as a label: dates for daily (or wider) buckets, date and time otherwise. */
export function formatBucket(ms: number, timeZone: string, widthMs: number | null): string {
  // Daily buckets move by 23 or 25 hours across a DST change.
  const pattern = widthMs !== null && widthMs >= DAY_MS - HOUR_MS ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm'
  const key = `${ms} ${timeZone} ${pattern}`
  const known = bucketLabels.get(key)
  if (known !== undefined) return known
  if (bucketLabels.size >= MAX_BUCKET_LABELS) bucketLabels.clear()
  const label = format(new TZDate(ms, timeZone), pattern)
  bucketLabels.set(key, label)
  return label
}

/**
 * The span the interval buckets holding `range` cover: a Daily bucket is a whole day of `timeZone`,
 * an Hourly one a whole hour (hour-aligned, as the API's and the calls' are); the last stops at
 * `now`. The API serves whole buckets, so a range finer than its buckets gets figures for more.
 */
export function bucketCover(interval: IntervalGranularity, range: TimeRange, now: number, timeZone: string): TimeRange {
  if (interval === 'Hourly') {
    const start = range.startTime - (range.startTime % HOUR_MS)
    const end = Math.ceil(range.endTime / HOUR_MS) * HOUR_MS
    return { startTime: start, endTime: Math.min(end, now) }
  }
  const start = startOfDay(new TZDate(range.startTime, timeZone)).getTime()
  // The day holding the range's last moment ends at the next local midnight (23 or 25 hours on DST days).
  const end = startOfDay(addDays(new TZDate(range.endTime - 1, timeZone), 1)).getTime()
  return { startTime: start, endTime: Math.min(end, now) }
}
