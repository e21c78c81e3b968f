import { describe, expect, it } from 'vitest'
import { formatLocalDateTime, localMidnight, localTime, nextLocalMidnight } from '../../src/simulator/time-zone'

const iso = (ms: number): string => new Date(ms).toISOString()

describe('instance-local calendar', () => {
  it.each([
    ['Asia/Shanghai', Date.UTC(2025, 5, 18, 6, 37), '2025-06-17T16:00:00.000Z'],
    ['Asia/Shanghai', Date.UTC(2025, 5, 17, 16), '2025-06-17T16:00:00.000Z'],
    ['Asia/Shanghai', Date.UTC(2025, 5, 17, 15, 59, 59), '2025-06-16T16:00:00.000Z'],
    ['Asia/Kolkata', Date.UTC(2025, 5, 18, 6), '2025-06-17T18:30:00.000Z'],
    ['Europe/London', Date.UTC(2025, 2, 30, 12), '2025-03-30T00:00:00.000Z'],
    ['Europe/London', Date.UTC(2025, 9, 26, 12), '2025-10-25T23:00:00.000Z'],
    // Santiago skips midnight when DST starts: that day begins at 01:00 (04:00 UTC).
    ['America/Santiago', Date.UTC(2024, 8, 8, 15), '2024-09-08T04:00:00.000Z']
  ])('%s: the day containing %s began at %s', (zone, at, expected) => {
    expect(iso(localMidnight(at, zone))).toBe(expected)
  })

  it('steps from midnight to midnight across DST changes', () => {
    const spring = Date.UTC(2025, 2, 30, 0)
    expect(iso(nextLocalMidnight(spring, 'Europe/London'))).toBe('2025-03-30T23:00:00.000Z')
    const autumn = Date.UTC(2025, 9, 25, 23)
    expect(iso(nextLocalMidnight(autumn, 'Europe/London'))).toBe('2025-10-27T00:00:00.000Z')
  })

  it('reads the local wall clock', () => {
    expect(localTime(Date.UTC(2025, 5, 18, 6, 30), 'Asia/Shanghai')).toEqual({ date: '2025-06-18', weekday: 3, hour: 14.5 })
    expect(formatLocalDateTime(Date.UTC(2025, 5, 17, 16), 'Asia/Shanghai')).toBe('2025-06-18 00:00:00')
  })
})
