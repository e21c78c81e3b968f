import { describe, expect, it } from 'vitest'
import { dailyZoneMismatch, summaryZoneMismatch } from '../../src/shared/ccc/zone-check'

// 2026-12-02 06:00 in Shanghai is 22:00 on 2026-12-01 in London: the two zones' dates differ.
const SHANGHAI_MORNING = Date.parse('2026-12-02T06:00:00+08:00')
// 2026-06-17 14:37 in Shanghai is 07:37 the same day in London (BST).
const SHANGHAI_AFTERNOON = Date.parse('2026-06-17T14:37:00+08:00')

describe('the since-midnight summary\'s date against the zone set', () => {
  it('agrees when the report is of the zone\'s today', () => {
    expect(summaryZoneMismatch('2026-12-02 00:00:00', SHANGHAI_MORNING, 'Asia/Shanghai')).toBeNull()
    expect(summaryZoneMismatch('2026-12-01 00:00:00', SHANGHAI_MORNING, 'Europe/London')).toBeNull()
  })

  it('says when a London instance\'s report is read with Shanghai\'s days', () => {
    expect(summaryZoneMismatch('2026-12-01 00:00:00', SHANGHAI_MORNING, 'Asia/Shanghai')).toEqual({
      code: 'Zone.SummaryDate',
      timeZone: 'Asia/Shanghai',
      reportDate: '2026-12-01',
      zoneDate: '2026-12-02'
    })
  })

  it('takes a report still of yesterday just after the zone\'s midnight as agreeing', () => {
    const justAfter = Date.parse('2026-12-02T00:03:00+08:00')
    expect(summaryZoneMismatch('2026-12-01 00:00:00', justAfter, 'Asia/Shanghai')).toBeNull()
    expect(summaryZoneMismatch('2026-11-30 00:00:00', justAfter, 'Asia/Shanghai')?.code).toBe('Zone.SummaryDate')
  })

  it('leaves a Timestamp without a date alone', () => {
    expect(summaryZoneMismatch('', SHANGHAI_AFTERNOON, 'Asia/Shanghai')).toBeNull()
    expect(summaryZoneMismatch('yesterday', SHANGHAI_AFTERNOON, 'Asia/Shanghai')).toBeNull()
  })
})

describe('the Daily buckets\' day boundaries against the zone set', () => {
  const londonDays = ['2026-11-29T00:00:00Z', '2026-11-30T00:00:00Z', '2026-12-01T00:00:00Z'].map(Date.parse)
  const shanghaiDays = ['2026-11-29T00:00:00+08:00', '2026-11-30T00:00:00+08:00'].map(Date.parse)

  it('agrees when every bucket starts at the zone\'s midnight, across a DST change too', () => {
    expect(dailyZoneMismatch(londonDays, 'Europe/London')).toBeNull()
    expect(dailyZoneMismatch(shanghaiDays, 'Asia/Shanghai')).toBeNull()
    const aroundSpringForward = ['2026-03-28T00:00:00Z', '2026-03-29T00:00:00Z', '2026-03-29T23:00:00Z'].map(Date.parse)
    expect(dailyZoneMismatch(aroundSpringForward, 'Europe/London')).toBeNull()
    expect(dailyZoneMismatch([], 'Asia/Shanghai')).toBeNull()
  })

  it('names the first bucket that starts elsewhere, at its time in the zone set', () => {
    expect(dailyZoneMismatch(londonDays, 'Asia/Shanghai')).toEqual({
      code: 'Zone.DayBoundaries',
      timeZone: 'Asia/Shanghai',
      bucketStart: londonDays[0],
      localTime: '08:00'
    })
    expect(dailyZoneMismatch(shanghaiDays, 'Europe/London')?.code).toBe('Zone.DayBoundaries')
  })
})
