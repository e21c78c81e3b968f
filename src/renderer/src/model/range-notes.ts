/** How the range a report serves differs from the range asked, as the page says it. */
import { bucketCover } from '@shared/ccc/report-buckets'
import type { IntervalGranularity, TimeRange } from '@shared/ccc/types'

/**
 * Where what is served differs from what was asked, said on the page: a start older than the API
 * keeps was moved to the limit, or the interval buckets holding the range cover more of the day
 * (or hour) than was asked.
 */
export type RangeNote =
  | { code: 'Range.StartTrimmed'; asked: TimeRange; served: TimeRange }
  | { code: 'Range.BucketWider'; interval: IntervalGranularity; asked: TimeRange; covered: TimeRange }

/** Less than this between the range asked and the buckets' edges is the picker's 23:59:59, not a wider bucket. */
const COVER_SLACK_MS = 60_000

/** What the buckets holding the range cover beyond it, as a note; null when they fit. */
export function bucketNote(interval: IntervalGranularity, asked: TimeRange, now: number, timeZone: string): RangeNote | null {
  const covered = bucketCover(interval, asked, now, timeZone)
  const wider = asked.startTime - covered.startTime >= COVER_SLACK_MS || covered.endTime - asked.endTime >= COVER_SLACK_MS
  return wider ? { code: 'Range.BucketWider', interval, asked, covered } : null
}
