/**
 * Report buckets as the page and the exports label them: each bucket's width (which the trend API
 * does not document) and its start in the report's time zone.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns/format'
import { DAY_MS, HOUR_MS } from './range-split'

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

/** A bucket's start as a label: dates for daily (or wider) buckets, date and time otherwise. */
export function formatBucket(ms: number, timeZone: string, widthMs: number | null): string {
  const local = new TZDate(ms, timeZone)
  // Daily buckets move by 23 or 25 hours across a DST change.
  return format(local, widthMs !== null && widthMs >= DAY_MS - HOUR_MS ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm')
}
