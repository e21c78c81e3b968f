/**
 * The report ranges each page puts in an export: what the page shows, so the files hold what the
 * supervisor was looking at.
 */
import { presetRange } from '@shared/ccc/report-range'
import type { IntervalGranularity, TimeRange } from '@shared/ccc/types'
import type { ChannelInput } from '@shared/ipc/contract'

type Request = ChannelInput<'exportSnapshot'>

/** The ranges of the reports an export holds; null: the report is not offered. */
export interface ExportRanges {
  interval: Request['interval']
  trend: Request['trend']
  /** The queue report (one row per skill group) over its range. */
  queueReport: TimeRange | null
  /** The agent report (one row per agent) over its range. */
  agentReport: TimeRange | null
}

/** Which of the offered queue and agent reports the user keeps ticked. */
export interface GroupReportChoice {
  queueReport: boolean
  agentReport: boolean
}

const NO_GROUP_REPORTS = { queueReport: null, agentReport: null } as const
const rangeOf = (r: TimeRange | null): TimeRange | null => (r ? { startTime: r.startTime, endTime: r.endTime } : null)

/** The overview and the wallboard: today so far in the instance's zone, hour by hour and as a trend. */
export function todayRanges(now: number, instanceZone: string): ExportRanges {
  const today = presetRange('today', now, instanceZone)
  return { interval: { ...today, interval: 'Hourly' }, trend: { ...today }, ...NO_GROUP_REPORTS }
}

/** The interval report: the range it served at its granularity; the trend is left to its own page. */
export function intervalPageRanges(served: TimeRange | null, granularity: IntervalGranularity): ExportRanges {
  return { interval: served ? { startTime: served.startTime, endTime: served.endTime, interval: granularity } : null, trend: null, ...NO_GROUP_REPORTS }
}

/** The trend report: the range it served. */
export function trendPageRanges(served: TimeRange | null): ExportRanges {
  return { interval: null, trend: served ? { startTime: served.startTime, endTime: served.endTime } : null, ...NO_GROUP_REPORTS }
}

/**
 * The queue and agent report pages: both reports, each over the range its page served (the page
 * not yet opened for this instance takes the range of the page the export starts from).
 */
export function groupReportPageRanges(served: { queue: TimeRange | null; agent: TimeRange | null }, page: 'queue' | 'agent'): ExportRanges {
  const fallback = page === 'queue' ? served.queue : served.agent
  return { interval: null, trend: null, queueReport: rangeOf(served.queue ?? fallback), agentReport: rangeOf(served.agent ?? fallback) }
}

