/**
 * The report ranges each page puts in an export: what the page shows, so the files hold what the
 * supervisor was looking at; and the queue and agent reports over the same time, for the asking.
 */
import { countedRange } from '@shared/ccc/range-split'
import { presetRange } from '@shared/ccc/report-range'
import type { IntervalGranularity, TimeRange } from '@shared/ccc/types'
import type { ExportRanges } from './export-choice'

const rangeOf = (r: TimeRange | null): TimeRange | null => (r ? { startTime: r.startTime, endTime: r.endTime } : null)
/**
 * Elsewhere the queue and agent reports are offered over the page's own range as they count it,
 * unticked: the file then covers the instance, its groups and its agents over the same hours.
 */
const groupReportsOver = (range: TimeRange | null, now: number) => {
  const counted = range ? countedRange(range, now) : null
  return { queueReport: counted, agentReport: counted ? { ...counted } : null, groupReportsTicked: false }
}

/** The overview and the wallboard: today so far in the instance's zone, hour by hour and as a trend. */
export function todayRanges(now: number, instanceZone: string): ExportRanges {
  const today = presetRange('today', now, instanceZone)
  return { interval: { ...today, interval: 'Hourly' }, trend: { ...today }, ...groupReportsOver(today, now) }
}

/** The interval report: the range it served at its granularity; the trend is left to its own page. */
export function intervalPageRanges(served: TimeRange | null, granularity: IntervalGranularity, now: number): ExportRanges {
  return { interval: served ? { startTime: served.startTime, endTime: served.endTime, interval: granularity } : null, trend: null, ...groupReportsOver(served, now) }
}

/** The trend report: the range it served. */
export function trendPageRanges(served: TimeRange | null, now: number): ExportRanges {
  return { interval: null, trend: served ? { startTime: served.startTime, endTime: served.endTime } : null, ...groupReportsOver(served, now) }
}

/**
 * The queue and agent report pages: both reports, ticked, each over the range its page served (the
 * page not yet opened for this instance takes the range of the page the export starts from).
 */
export function groupReportPageRanges(served: { queue: TimeRange | null; agent: TimeRange | null }, page: 'queue' | 'agent'): ExportRanges {
  const fallback = page === 'queue' ? served.queue : served.agent
  return { interval: null, trend: null, queueReport: rangeOf(served.queue ?? fallback), agentReport: rangeOf(served.agent ?? fallback), groupReportsTicked: true }
}
