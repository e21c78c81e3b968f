import { describe, expect, it } from 'vitest'
import { alignPrevious, isValidTimeZone, presetRange, previousPeriod } from '../../src/shared/ccc/report-range'

const HOUR = 3_600_000
// 2026-11-24 03:40 in Shanghai = 2026-11-23 19:40 UTC
const now = Date.UTC(2026, 10, 23, 19, 40)

describe('presetRange', () => {
  it('starts "today" at the chosen zone\'s midnight, not the machine\'s', () => {
    expect(presetRange('today', now, 'Asia/Shanghai')).toEqual({ startTime: Date.UTC(2026, 10, 23, 16), endTime: now })
    expect(presetRange('today', now, 'Europe/London')).toEqual({ startTime: Date.UTC(2026, 10, 23, 0), endTime: now })
  })

  it('gives yesterday as a whole local day', () => {
    expect(presetRange('yesterday', now, 'Asia/Shanghai')).toEqual({
      startTime: Date.UTC(2026, 10, 22, 16),
      endTime: Date.UTC(2026, 10, 23, 16)
    })
  })

  it('counts the last 7 and 30 days including today, and this month from the 1st', () => {
    expect(presetRange('last7Days', now, 'Asia/Shanghai').startTime).toBe(Date.UTC(2026, 10, 17, 16))
    expect(presetRange('last30Days', now, 'Asia/Shanghai').startTime).toBe(Date.UTC(2026, 9, 25, 16))
    expect(presetRange('thisMonth', now, 'Asia/Shanghai').startTime).toBe(Date.UTC(2026, 9, 31, 16))
  })

  it('keeps local midnights across a daylight-saving change (a 25-hour day in London)', () => {
    const afterChange = Date.UTC(2026, 9, 26, 12) // Monday after the last Sunday of October
    const range = presetRange('last7Days', afterChange, 'Europe/London')
    expect(range.startTime).toBe(Date.UTC(2026, 9, 19, 23)) // 20 Oct 00:00 BST
  })
})

describe('previous period', () => {
  it('has the same length and ends where the range starts', () => {
    const range = { startTime: 10 * HOUR, endTime: 34 * HOUR }
    expect(previousPeriod(range)).toEqual({ startTime: -14 * HOUR, endTime: 10 * HOUR })
  })

  it('aligns previous points onto the current buckets, with gaps where one is missing', () => {
    const current = [0, 1, 2].map((h) => ({ StatsTime: (24 + h) * HOUR, v: h }))
    const previous = [{ StatsTime: 0, v: 10 }, { StatsTime: 2 * HOUR, v: 12 }]
    expect(alignPrevious(current, previous, 24 * HOUR).map((p) => p?.v ?? null)).toEqual([10, null, 12])
  })

  it('aligns daily buckets day for day when the range started mid-day (the API rounds starts down)', () => {
    const DAY = 24 * HOUR
    // "Last 7 days" at 04:37: its previous period starts at 19:23 seven days earlier, served from that midnight.
    const current = [0, 1, 2, 3, 4, 5, 6].map((d) => ({ StatsTime: (7 + d) * DAY, v: d }))
    const previous = [0, 1, 2, 3, 4, 5, 6].map((d) => ({ StatsTime: d * DAY, v: 10 + d }))
    const requestedOffset = 6 * DAY + 4 * HOUR + 37 * 60_000
    expect(alignPrevious(current, previous, requestedOffset).map((p) => p?.v ?? null)).toEqual([10, 11, 12, 13, 14, 15, 16])
  })
})

it('recognises IANA time zones', () => {
  expect(isValidTimeZone('Asia/Shanghai')).toBe(true)
  expect(isValidTimeZone('Mars/Olympus')).toBe(false)
})
