/**
 * The wall-clock times and axis ticks of the day charts, by Intl formatters and offsets, against
 * date-fns' zoned dates, over a year in zones with summer time, half and quarter hours.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { zonedClock } from '../../src/shared/ccc/zoned-clock'
import { zoneTicks } from '../../src/shared/charts/day-chart'

const ZONES = ['Asia/Shanghai', 'Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC']
const YEAR_START = Date.UTC(2026, 0, 1)

describe('the day charts’ zoned times', () => {
  it('reads each moment of a year as date-fns does on the zone’s wall clock, midnight as 00', () => {
    for (const zone of ZONES) {
      for (let at = YEAR_START; at < YEAR_START + 366 * 86_400_000; at += 37 * 60_000 + 13_000) {
        expect(zonedClock(at, zone), `${zone} ${new Date(at).toISOString()}`).toBe(format(new TZDate(at, zone), 'HH:mm:ss'))
      }
    }
  })

  it('ticks the zone’s own o’clocks and half hours on the days its clocks change, as its zoned dates say', () => {
    // Days around London's and Los Angeles's changes, Lord Howe's half-hour ones, and ordinary days.
    const days = [Date.UTC(2026, 2, 8), Date.UTC(2026, 2, 29), Date.UTC(2026, 3, 5), Date.UTC(2026, 9, 4), Date.UTC(2026, 9, 25), Date.UTC(2026, 10, 1), Date.UTC(2026, 5, 17)]
    for (const zone of ZONES) {
      for (const day of days) {
        for (const step of [15, 30, 60, 180]) {
          const from = day - 86_400_000
          const to = day + 86_400_000
          const expected: number[] = []
          for (let at = Math.ceil(from / 900_000) * 900_000; at <= to; at += 900_000) {
            const local = new TZDate(at, zone)
            if ((local.getHours() * 60 + local.getMinutes()) % step === 0) expected.push(at)
          }
          expect(zoneTicks(from, to, zone, step), `${zone} ${new Date(day).toISOString()} every ${step} min`).toEqual(expected)
        }
      }
    }
  })
})
