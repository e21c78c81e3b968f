import { describe, expect, it } from 'vitest'
import { DAY_MS, MAX_AGE_MS } from '@shared/ccc/range-split'
import {
  clampCustomRange,
  instantToPicker,
  pickerToInstant,
  reportPresetRange,
  timeZoneChoices,
  utcOffsetLabel
} from '@renderer/model/report-time'

const NOW = Date.UTC(2024, 5, 15, 10, 0, 0) // 18:00 in Shanghai

describe('report times', () => {
  it('names a zone with its UTC offset', () => {
    expect(utcOffsetLabel('Asia/Shanghai', NOW)).toBe('UTC+8')
    expect(utcOffsetLabel('UTC', NOW)).toBe('UTC')
    expect(utcOffsetLabel('Asia/Kolkata', NOW)).toBe('UTC+5:30')
    expect(utcOffsetLabel('America/New_York', NOW)).toBe('UTC-4')
  })

  it('offers the instance zone first, then the machine zone, without duplicates', () => {
    const zones = timeZoneChoices('Asia/Shanghai', 'Europe/Paris')
    expect(zones.slice(0, 2)).toEqual(['Asia/Shanghai', 'Europe/Paris'])
    expect(new Set(zones).size).toBe(zones.length)
    expect(timeZoneChoices('Asia/Shanghai', 'Not/AZone')).not.toContain('Not/AZone')
  })

  it('converts picker wall times to instants in the chosen zone and back', () => {
    const instant = Date.UTC(2024, 5, 1, 1, 30) // 09:30 in Shanghai
    const picker = instantToPicker(instant, 'Asia/Shanghai')
    const wall = new Date(picker)
    expect([wall.getHours(), wall.getMinutes()]).toEqual([9, 30])
    expect(pickerToInstant(picker, 'Asia/Shanghai')).toBe(instant)
  })

  it('computes presets in the chosen zone, including the trend-only long ones', () => {
    expect(reportPresetRange('today', NOW, 'Asia/Shanghai')).toEqual({ startTime: Date.UTC(2024, 5, 14, 16), endTime: NOW })
    const r180 = reportPresetRange('last180Days', NOW, 'Asia/Shanghai')
    expect(r180.startTime).toBeGreaterThan(NOW - MAX_AGE_MS)
    expect(r180.endTime).toBe(NOW)
    expect(reportPresetRange('last90Days', NOW, 'Asia/Shanghai').startTime).toBe(Date.UTC(2024, 2, 17, 16))
  })

  it('moves a custom start inside the 180-day limit but leaves a wholly too-old range to be refused', () => {
    const partly = clampCustomRange({ startTime: NOW - 200 * DAY_MS, endTime: NOW }, NOW)
    expect(partly.startTime).toBeGreaterThan(NOW - MAX_AGE_MS)
    const wholly = { startTime: NOW - 200 * DAY_MS, endTime: NOW - 190 * DAY_MS }
    expect(clampCustomRange(wholly, NOW)).toEqual(wholly)
  })
})
