import { describe, expect, it } from 'vitest'
import { DAY_MS } from '@shared/ccc/range-split'
import { bucketWidth, formatBucket } from '@shared/ccc/report-buckets'

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
})
