/**
 * The report ranges each page puts in an export: what the page shows, so the files hold what the
 * supervisor was looking at.
 */
import { presetRange } from '@shared/ccc/report-range'
import type { IntervalGranularity, TimeRange } from '@shared/ccc/types'
import type { ChannelInput } from '@shared/ipc/contract'

export type ExportRanges = Pick<ChannelInput<'exportSnapshot'>, 'interval' | 'trend'>

/** The overview and the wallboard: today so far in the instance's zone, hour by hour and as a trend. */
export function todayRanges(now: number, instanceZone: string): ExportRanges {
  const today = presetRange('today', now, instanceZone)
  return { interval: { ...today, interval: 'Hourly' }, trend: { ...today } }
}

/** The interval report: the range it served at its granularity; the trend is left to its own page. */
export function intervalPageRanges(served: TimeRange | null, granularity: IntervalGranularity): ExportRanges {
  return { interval: served ? { startTime: served.startTime, endTime: served.endTime, interval: granularity } : null, trend: null }
}

/** The trend report: the range it served. */
export function trendPageRanges(served: TimeRange | null): ExportRanges {
  return { interval: null, trend: served ? { startTime: served.startTime, endTime: served.endTime } : null }
}
