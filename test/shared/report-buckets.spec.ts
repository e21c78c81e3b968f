import { describe, expect, it } from 'vitest'
import { DAY_MS, HOUR_MS } from '@shared/ccc/range-split'
import { bucketCover, bucketWidth, formatBucket } from '@shared/ccc/report-buckets'

describe('report buckets', () => {
  it('derives the bucket width from consecutive StatsTime values', () => {
    expect(bucketWidth([0, 900_000, 1_800_000, 3_600_000])).toBe(900_000)
    expect(bucketWidth([5])).toBeNull()
  })

  it('formats buckets in the chosen zone', () => {
    expect(formatBucket(Date.UTC(2024, 4, 31, 16), 'Asia/Shanghai', DAY_MS)).toBe('2024-06-01')
    expect(formatBucket(Date.UTC(2024, 4, 31, 16, 15), 'Asia/Shanghai', 900_000)).toBe('2024-06-01 00:15')
    expect(formatBucket(Date.UTC(2024, 4, 31, 16, 15), 'UTC', 900_000)).toBe('2024-05-31 16:15')
  })

  it('says what the interval buckets holding a range cover: whole days of the zone, whole hours, up to now', () => {
    const now = Date.UTC(2026, 2, 30, 12)
    // 03:50–03:55 in London on its spring-forward day: the Daily bucket is the whole 23-hour day.
    const fiveMinutes = { startTime: Date.UTC(2026, 2, 29, 2, 50), endTime: Date.UTC(2026, 2, 29, 2, 55) }
    expect(bucketCover('Daily', fiveMinutes, now, 'Europe/London')).toEqual({ startTime: Date.UTC(2026, 2, 29), endTime: Date.UTC(2026, 2, 29, 23) })
    expect(bucketCover('Hourly', fiveMinutes, now, 'Europe/London')).toEqual({ startTime: Date.UTC(2026, 2, 29, 2), endTime: Date.UTC(2026, 2, 29, 3) })
    // Today so far: the last bucket stops at now; a range on whole days is covered exactly.
    expect(bucketCover('Daily', { startTime: Date.UTC(2026, 2, 29, 23), endTime: now }, now, 'Europe/London')).toEqual({
      startTime: Date.UTC(2026, 2, 29, 23),
      endTime: now
    })
    const days = { startTime: Date.UTC(2026, 2, 27, 16), endTime: Date.UTC(2026, 2, 29, 16) }
    expect(bucketCover('Daily', days, now, 'Asia/Shanghai')).toEqual(days)
    expect(bucketCover('Hourly', { startTime: now - 3 * HOUR_MS, endTime: now }, now, 'UTC')).toEqual({ startTime: now - 3 * HOUR_MS, endTime: now })
  })
})
