/**
 * Report ranges as a supervisor picks them: presets in a chosen time zone (the API's day
 * boundaries follow the instance's zone, so the zone is always explicit), and the previous period
 * of the same length for comparison.
 */
import { TZDate } from '@date-fns/tz'
import { startOfDay } from 'date-fns/startOfDay'
import { startOfMonth } from 'date-fns/startOfMonth'
import { subDays } from 'date-fns/subDays'
import { AGE_MARGIN_MS, MAX_AGE_MS } from './range-split'
import type { TimeRange } from './types'

export const RANGE_PRESETS = ['today', 'yesterday', 'last7Days', 'thisMonth', 'last30Days'] as const
export type RangePreset = (typeof RANGE_PRESETS)[number]

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

/** The range a preset means at `now` in `timeZone`; ranges that reach today end at `now`. */
export function presetRange(preset: RangePreset, now: number, timeZone: string): TimeRange {
  const local = new TZDate(now, timeZone)
  const today = startOfDay(local).getTime()
  switch (preset) {
    case 'today':
      return { startTime: today, endTime: now }
    case 'yesterday':
      return { startTime: startOfDay(subDays(local, 1)).getTime(), endTime: today }
    case 'last7Days':
      return { startTime: startOfDay(subDays(local, 6)).getTime(), endTime: now }
    case 'thisMonth':
      return { startTime: startOfMonth(local).getTime(), endTime: now }
    case 'last30Days':
      return { startTime: startOfDay(subDays(local, 29)).getTime(), endTime: now }
  }
}

/** The reports' presets: the shared ones, and the longer trend ranges back to the API's limit. */
export const TREND_PRESETS = [...RANGE_PRESETS, 'last90Days', 'last180Days'] as const
export type ReportPreset = (typeof TREND_PRESETS)[number]
export const INTERVAL_PRESETS: readonly ReportPreset[] = RANGE_PRESETS

/** The range a report preset means at `now` in `timeZone`. */
export function reportPresetRange(preset: ReportPreset, now: number, timeZone: string): TimeRange {
  if (preset === 'last90Days' || preset === 'last180Days') {
    const days = preset === 'last90Days' ? 90 : 180
    const local = new TZDate(now, timeZone)
    // 180 calendar days back would start before the API's limit; today counts as one of them.
    const start = startOfDay(subDays(local, days - 1)).getTime()
    return { startTime: Math.max(start, now - MAX_AGE_MS + AGE_MARGIN_MS), endTime: now }
  }
  return presetRange(preset, now, timeZone)
}

/** The period of the same length that ends where `range` starts. */
export function previousPeriod(range: TimeRange): TimeRange {
  const length = range.endTime - range.startTime
  return { startTime: range.startTime - length, endTime: range.startTime }
}

/**
 * Lines the previous period's points up with the current period's buckets. The shift is measured
 * between the first buckets actually served, not between the requested starts: the API rounds a
 * start down to its bucket (an hour, a local midnight), so "last 7 days" from 19:23 compares
 * day for day with the 7 days before. `fallbackOffsetMs` serves when either side is empty. A
 * bucket with no counterpart gets null (drawn as a gap).
 */
export function alignPrevious<T extends { StatsTime: number }>(
  current: readonly T[],
  previous: readonly T[],
  fallbackOffsetMs: number
): Array<T | null> {
  const [first] = current
  const [firstBefore] = previous
  const offset = first && firstBefore ? first.StatsTime - firstBefore.StatsTime : fallbackOffsetMs
  const byTime = new Map(previous.map((p) => [p.StatsTime + offset, p]))
  return current.map((c) => byTime.get(c.StatsTime) ?? null)
}

/** Merges the buckets of consecutive calls: ordered by time, one bucket per StatsTime. */
export function mergeByStatsTime<T extends { StatsTime: number }>(parts: readonly (readonly T[])[]): T[] {
  const seen = new Map<number, T>()
  for (const part of parts) for (const item of part) if (!seen.has(item.StatsTime)) seen.set(item.StatsTime, item)
  return [...seen.values()].sort((a, b) => a.StatsTime - b.StatsTime)
}
