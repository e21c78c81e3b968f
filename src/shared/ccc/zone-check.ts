/**
 * Whether the zone set for an instance is the one CCC keeps its days in: the since-midnight
 * summary's `Timestamp` (the report's date) and the Daily buckets' starts (the instance's
 * midnights) tell. Where they disagree the page says so instead of labelling days wrongly.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns/format'
import { startOfDay } from 'date-fns/startOfDay'

export type ZoneMismatch =
  /** The summary is of `reportDate` while it is `zoneDate` in the zone set. */
  | { code: 'Zone.SummaryDate'; timeZone: string; reportDate: string; zoneDate: string }
  /** A Daily bucket starts at `bucketStart`, `localTime` (HH:mm) in the zone set, not at its midnight. */
  | { code: 'Zone.DayBoundaries'; timeZone: string; bucketStart: number; localTime: string }

/** A summary fetched this soon after the zone's midnight may still be of the day before. */
const MIDNIGHT_SLACK_MS = 10 * 60_000

/** The calendar day (`yyyy-MM-dd`) of a moment in a zone. */
export const dateIn = (ms: number, timeZone: string): string => format(new TZDate(ms, timeZone), 'yyyy-MM-dd')

/**
 * The summary's date against the zone set's date when it was fetched; null when they agree or the
 * `Timestamp` holds no date (nothing to compare, and nothing shown as a date either).
 */
export function summaryZoneMismatch(timestamp: string, fetchedAt: number, timeZone: string): ZoneMismatch | null {
  const reportDate = /^(\d{4}-\d{2}-\d{2})(?:[ T]|$)/.exec(timestamp.trim())?.[1]
  if (reportDate === undefined) return null
  const zoneDate = dateIn(fetchedAt, timeZone)
  if (reportDate === zoneDate || reportDate === dateIn(fetchedAt - MIDNIGHT_SLACK_MS, timeZone)) return null
  return { code: 'Zone.SummaryDate', timeZone, reportDate, zoneDate }
}

/** The first Daily bucket that does not start at a midnight of the zone set; null when all do. */
export function dailyZoneMismatch(statsTimes: readonly number[], timeZone: string): ZoneMismatch | null {
  for (const t of statsTimes) {
    const local = new TZDate(t, timeZone)
    if (startOfDay(local).getTime() !== t) return { code: 'Zone.DayBoundaries', timeZone, bucketStart: t, localTime: format(local, 'HH:mm') }
  }
  return null
}
