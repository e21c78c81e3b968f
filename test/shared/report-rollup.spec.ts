import { TZDate } from '@date-fns/tz'
import { startOfDay } from 'date-fns/startOfDay'
import { describe, expect, it } from 'vitest'
import { INTERVAL_INBOUND, TREND_INBOUND } from '@shared/ccc/catalogue'
import { DAY_MS, HOUR_MS } from '@shared/ccc/range-split'
import { formatBucket } from '@shared/ccc/report-buckets'
import type { ReportRow } from '@shared/ccc/report-metrics'
import { defaultRollup, rollUpReport, rollupsFor } from '@shared/ccc/report-rollup'

const QUARTER = 15 * 60_000
const LONDON = 'Europe/London'

/** 15-minute rows over [from, to): 4 queued and 3 handled in each, and none at all in the quarter after each full hour. */
function quarters(from: number, to: number): ReportRow[] {
  const rows: ReportRow[] = []
  for (let t = from; t < to; t += QUARTER) {
    const quiet = t % HOUR_MS === QUARTER
    rows.push({
      StatsTime: t,
      values: quiet
        ? { CallsQueued: 0, CallsHandled: 0, HandleRate: null, TotalWaitTime: 0, AverageWaitTime: null, MaxWaitTime: 0 }
        : { CallsQueued: 4, CallsHandled: 3, HandleRate: 0.75, TotalWaitTime: 30, AverageWaitTime: 10, MaxWaitTime: t % HOUR_MS === 0 ? 50 : 20 }
    })
  }
  return rows
}

describe('rolling report buckets up', () => {
  // London springs forward on 2026-03-29 at 01:00 GMT: that day has 23 hours.
  const march28 = Date.UTC(2026, 2, 28)
  const march29 = Date.UTC(2026, 2, 29)
  const march30 = Date.UTC(2026, 2, 29, 23) // 00:00 BST
  const march31 = Date.UTC(2026, 2, 30, 23)

  it('rolls 15-minute points into London days across the spring-forward day: counts summed, rates recomputed', () => {
    const { rows } = rollUpReport(quarters(march28, march31), INTERVAL_INBOUND, 'day', LONDON)
    expect(rows.map((r) => r.StatsTime)).toEqual([march28, march29, march30])
    expect(rows.map((r) => formatBucket(r.StatsTime, LONDON, DAY_MS))).toEqual(['2026-03-28', '2026-03-29', '2026-03-30'])
    // 96, 92 and 96 quarters; one in four is quiet.
    expect(rows.map((r) => r.values.CallsQueued)).toEqual([72 * 4, 69 * 4, 72 * 4])
    expect(rows.map((r) => r.values.CallsHandled)).toEqual([72 * 3, 69 * 3, 72 * 3])
    // Handled of queued over the day, not the mean of the quarters' rates (which would count the quiet ones).
    expect(rows.map((r) => r.values.HandleRate)).toEqual([0.75, 0.75, 0.75])
    expect(rows[1]!.values.AverageWaitTime).toBe((69 * 30) / (69 * 3))
    expect(rows[1]!.values.MaxWaitTime).toBe(50)
  })

  it('rolls them into London hours: the spring-forward day has 23, the fall-back day 25, its repeated hour twice', () => {
    const spring = rollUpReport(quarters(march29, march30), INTERVAL_INBOUND, 'hour', LONDON).rows
    expect(spring).toHaveLength(23)
    expect(spring.slice(0, 3).map((r) => formatBucket(r.StatsTime, LONDON, HOUR_MS))).toEqual(['2026-03-29 00:00', '2026-03-29 02:00', '2026-03-29 03:00'])
    expect(spring.every((r) => r.values.CallsQueued === 12 && r.values.HandleRate === 0.75)).toBe(true)

    const october25 = Date.UTC(2026, 9, 24, 23) // 00:00 BST
    const october26 = Date.UTC(2026, 9, 26) // 00:00 GMT
    const fall = rollUpReport(quarters(october25, october26), INTERVAL_INBOUND, 'hour', LONDON).rows
    expect(fall).toHaveLength(25)
    expect(fall.slice(0, 4).map((r) => formatBucket(r.StatsTime, LONDON, HOUR_MS))).toEqual([
      '2026-10-25 00:00', '2026-10-25 01:00', '2026-10-25 01:00', '2026-10-25 02:00'
    ])
    expect(fall.every((r) => r.values.CallsQueued === 12)).toBe(true)
    const fallDay = rollUpReport(quarters(october25, october26), INTERVAL_INBOUND, 'day', LONDON).rows
    expect(fallDay.map((r) => r.values.CallsQueued)).toEqual([75 * 4])
  })

  it('rolls by the zone given, not the machine\'s: Shanghai\'s day starts at 16:00 UTC, Kolkata\'s hours at half past', () => {
    const rows = quarters(Date.UTC(2024, 5, 1, 12), Date.UTC(2024, 5, 1, 20))
    expect(rollUpReport(rows, INTERVAL_INBOUND, 'day', 'Asia/Shanghai').rows.map((r) => [r.StatsTime, r.values.CallsQueued])).toEqual([
      [Date.UTC(2024, 4, 31, 16), 4 * 12],
      [Date.UTC(2024, 5, 1, 16), 4 * 12]
    ])
    expect(rollUpReport(rows, INTERVAL_INBOUND, 'hour', 'Asia/Kolkata').rows[0]!.StatsTime).toBe(Date.UTC(2024, 5, 1, 11, 30))
  })

  it('starts every day of a year at the zone\'s own start of day, across each change of offset', () => {
    // Santiago moves its clocks at midnight (a day can start at 01:00); London and New York at night; Shanghai never.
    for (const zone of ['America/Santiago', 'Europe/London', 'America/New_York', 'Asia/Shanghai']) {
      const hours: ReportRow[] = []
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += HOUR_MS) hours.push({ StatsTime: t, values: { TotalCalls: 1 } })
      const rows = rollUpReport(hours, TREND_INBOUND, 'day', zone).rows
      // Each hour in the day that holds it, by the zone's calendar: 23, 24 or 25 of them.
      const perDay = new Map<number, number>()
      for (const h of hours) {
        const day = startOfDay(new TZDate(h.StatsTime, zone)).getTime()
        perDay.set(day, (perDay.get(day) ?? 0) + 1)
      }
      expect(rows.map((r) => [r.StatsTime, r.values.TotalCalls]), zone).toEqual([...perDay])
    }
  })

  it('rolls the previous period by the same runs of rows, so it stays lined up, a gap where it had nothing', () => {
    const rows = quarters(march28, march28 + 3 * HOUR_MS)
    const previous = rows.map((r, i) => (i < 4 ? null : { StatsTime: r.StatsTime - DAY_MS, values: { TotalCalls: 1 } }))
    const rolled = rollUpReport(rows, TREND_INBOUND, 'hour', LONDON, previous)
    expect(rolled.rows).toHaveLength(3)
    expect(rolled.previousRows?.map((p) => p?.values.TotalCalls ?? null)).toEqual([null, 4, 4])
  })

  it('offers only rollups wider than the buckets as served, and opens long ranges rolled up', () => {
    expect(rollupsFor(QUARTER)).toEqual(['none', 'hour', 'day'])
    expect(rollupsFor(HOUR_MS)).toEqual(['none', 'day'])
    expect(rollupsFor(DAY_MS)).toEqual(['none'])
    expect(rollupsFor(null)).toEqual(['none'])
    expect(defaultRollup(DAY_MS, QUARTER)).toBe('none')
    expect(defaultRollup(7 * DAY_MS, QUARTER)).toBe('hour')
    expect(defaultRollup(180 * DAY_MS, QUARTER)).toBe('day')
    expect(defaultRollup(7 * DAY_MS, HOUR_MS)).toBe('none')
  })
})
